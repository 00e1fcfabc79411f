// Tests the WordPress plugin on a real WordPress (Debian's `wordpress` package), MariaDB and
// PHP's built-in server, driven by REST and Chromium. Everything it starts runs from a
// temporary folder and is stopped at the end, also on failure.
//
// 1. A single site and a multisite network (two installs sharing one MariaDB), the plugin
//    unpacked from packages/wordpress/dist/mendkit-wordpress.zip and activated.
// 2. An Author and a Contributor (single site) and a site Administrator (multisite, not a
//    super admin) save posts through the REST API: the block, the shortcode, pasted elements
//    with a script and on* handlers. Stored post_content keeps the element and loses the rest.
// 3. Each published post loads the quiz as mendkit/preload's embedHead writes it (its built-in
//    content and then its own file as `<script type="module">`, hints for the shared chunk), and
//    the quiz on it walks to a result in Chromium.
// 4. Own content: the settings page refuses an invalid document (in the browser and on the
//    server) and serves a valid one by REST, stamped, so the widget shows it without loading its
//    validator; the block is valid in the editor.
// Screenshots go to screenshots/wordpress-*.png.
//
// Usage: npm run test:wordpress (needs: apt-get install wordpress php-cli php-mysql mariadb-server)
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './static-server.mjs';
import { unzip } from './wordpress-zip.mjs';

const started = Date.now();
const zipPath = 'packages/wordpress/dist/mendkit-wordpress.zip';
const wordpressSource = process.env.WORDPRESS_DIR ?? '/usr/share/wordpress';
const shots = 'screenshots';

for (const [what, ok] of [
  [`WordPress in ${wordpressSource}`, existsSync(join(wordpressSource, 'wp-settings.php'))],
  ['php', hasCommand('php')],
  ['mariadbd', hasCommand('mariadbd')],
]) {
  if (!ok) {
    console.error(
      `wordpress-test: ${what} is missing. On Debian: apt-get install -y wordpress php-cli php-mysql mariadb-server`,
    );
    process.exit(1);
  }
}
// The widgets' build is slow, the plugin's is not: rebuild the plugin so its PHP is current.
if (!existsSync('packages/mendkit/dist/mendkit.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
else execFileSync(process.execPath, ['scripts/wordpress-build.mjs'], { stdio: 'inherit' });
// The scripts and hints the plugin prints must be what mendkit/preload writes for the same widget.
const { embedHead } = await import('mendkit/preload');
const { CURRENT_SCHEMA_VERSION, stamped } = await import('@mendkit/core/content');

let passed = 0;
let failed = 0;
function check(ok, what) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '  ✓' : '  ✗'} ${what}`);
}

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what, test, timeout = 30_000) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      if (await test()) return;
    } catch {
      // not yet
    }
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await sleep(200);
  }
}

const tmp = mkdtempSync(join(tmpdir(), 'mendkit-wp-'));
const children = [];
let browser;

function start(command, args, env = {}) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  child.lastErrors = () => stderr;
  children.push(child);
  return child;
}

async function stopAll() {
  await browser?.close().catch(() => {});
  for (const child of children.reverse()) {
    if (child.exitCode !== null) continue;
    // Each child leads its own process group (php -S forks workers): stop the whole group.
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
    await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(5000)]);
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  if (!process.env.MENDKIT_WP_KEEP) rmSync(tmp, { recursive: true, force: true });
  else console.log(`wordpress-test: kept ${tmp}`);
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAll().finally(() => process.exit(1));
  });
}

// ---------------------------------------------------------------------------------------------
// Servers

async function startDatabase() {
  const data = join(tmp, 'db');
  const socket = join(tmp, 'mysql.sock');
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', '--user=root'],
    { stdio: 'ignore' },
  );
  const db = start('mariadbd', [
    '--no-defaults',
    `--datadir=${data}`,
    `--socket=${socket}`,
    '--skip-networking',
    '--user=root',
    `--pid-file=${join(tmp, 'db.pid')}`,
    '--innodb-buffer-pool-size=32M',
    '--skip-log-bin',
  ]);
  const sql = (query) =>
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-N', '-e', query], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  await waitFor('MariaDB', () => {
    if (db.exitCode !== null) throw new Error(`mariadbd exited: ${db.lastErrors()}`);
    sql('SELECT 1');
    return true;
  });
  sql('CREATE DATABASE wordpress CHARACTER SET utf8mb4');
  return { socket, sql };
}

function wpConfig(socket) {
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ]
    .map((key) => `define('${key}', '${randomBytes(24).toString('hex')}');`)
    .join('\n');
  return `<?php
// Written by scripts/wordpress-test.mjs. MENDKIT_WP_* come from the environment.
$mendkit_multi = getenv('MENDKIT_WP_MULTI') === '1';
$mendkit_host = getenv('MENDKIT_WP_HOST');
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys}
$table_prefix = $mendkit_multi ? 'ms_' : 'wp_';
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', __DIR__ . '/debug.log');
if (!$mendkit_multi) {
  define('WP_HOME', 'http://' . $mendkit_host);
  define('WP_SITEURL', 'http://' . $mendkit_host);
} else {
  define('WP_ALLOW_MULTISITE', true);
  if (getenv('MENDKIT_WP_NETWORK') === '1') {
    define('MULTISITE', true);
    define('SUBDOMAIN_INSTALL', false);
    define('DOMAIN_CURRENT_SITE', $mendkit_host);
    define('PATH_CURRENT_SITE', '/');
    define('SITE_ID_CURRENT_SITE', 1);
    define('BLOG_ID_CURRENT_SITE', 1);
  }
}
if (!isset($_SERVER['HTTP_HOST'])) {
  $_SERVER['HTTP_HOST'] = $mendkit_host;
  $_SERVER['SERVER_NAME'] = '127.0.0.1';
  $_SERVER['REQUEST_URI'] = '/';
}
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`;
}

// PHP's built-in server: files as they are, everything else through index.php.
const router = `<?php
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH));
$file = __DIR__ . $path;
if ($path !== '/' && is_file($file)) return false;
if (is_dir($file) && is_file(rtrim($file, '/') . '/index.php')) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = __DIR__ . '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
require __DIR__ . '/index.php';
`;

const setupInstall = `<?php
define('WP_INSTALLING', true);
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('mendkit test', 'admin', 'admin@example.org', false, '', 'admin-pass-' . getenv('MENDKIT_WP_SECRET'));
update_option('siteurl', 'http://' . getenv('MENDKIT_WP_HOST'));
update_option('home', 'http://' . getenv('MENDKIT_WP_HOST'));
update_option('permalink_structure', '');
if (getenv('MENDKIT_WP_MULTI') === '1') {
  require_once ABSPATH . 'wp-admin/includes/network.php';
  // As wp-admin/network.php does: name the network tables before creating them.
  foreach ($wpdb->tables('ms_global') as $table => $prefixed) $wpdb->$table = $prefixed;
  install_network();
  $network = populate_network(1, getenv('MENDKIT_WP_HOST'), 'admin@example.org', 'mendkit network', '/', false);
  if (is_wp_error($network)) { fwrite(STDERR, $network->get_error_message()); exit(1); }
}
echo 'ok';
`;

const setupUsers = `<?php
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$multi = is_multisite();
$activated = activate_plugin('mendkit/mendkit.php', '', $multi);
if (is_wp_error($activated)) { fwrite(STDERR, $activated->get_error_message()); exit(1); }
$roles = $multi ? array('siteadmin' => 'administrator') : array('author' => 'author', 'contributor' => 'contributor');
$out = array();
$admin = get_user_by('login', 'admin');
list($password) = WP_Application_Passwords::create_new_application_password($admin->ID, array('name' => 'ci'));
$out['admin'] = array('id' => $admin->ID, 'password' => $password, 'unfiltered' => user_can($admin->ID, 'unfiltered_html'));
foreach ($roles as $login => $role) {
  $id = wp_insert_user(array('user_login' => $login, 'user_pass' => 'pass-' . getenv('MENDKIT_WP_SECRET'), 'user_email' => $login . '@example.org', 'role' => $role));
  if (is_wp_error($id)) { fwrite(STDERR, $id->get_error_message()); exit(1); }
  if ($multi) add_user_to_blog(get_current_blog_id(), $id, $role);
  list($password) = WP_Application_Passwords::create_new_application_password($id, array('name' => 'ci'));
  $out[$login] = array('id' => $id, 'password' => $password, 'unfiltered' => user_can($id, 'unfiltered_html'), 'superAdmin' => is_super_admin($id));
}
echo wp_json_encode($out);
`;

// Runs the plugin's server-side document check on files, inside WordPress.
const checkContent = `<?php
require __DIR__ . '/wp-load.php';
$out = array();
foreach (array_slice($argv, 1) as $file) $out[$file] = mendkit_check_document(file_get_contents($file))['problems'];
// The tag a theme without html5 script support gets, through the plugin's filter.
$out['tag'] = apply_filters('script_loader_tag', "<script type='text/javascript' src='https://x.example/mendkit.js' id='mendkit-widgets-js'></script>\n", 'mendkit-widgets', 'https://x.example/mendkit.js');
echo wp_json_encode($out);
`;

async function startWordPress({ docroot, multi }) {
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const secret = randomBytes(8).toString('hex');
  const env = { MENDKIT_WP_HOST: host, MENDKIT_WP_MULTI: multi ? '1' : '0', MENDKIT_WP_SECRET: secret };
  const php = (file, extra = {}) =>
    execFileSync('php', [join(docroot, file)], { env: { ...process.env, ...env, ...extra }, encoding: 'utf8' });
  php('mendkit-setup-install.php');
  const networkEnv = multi ? { MENDKIT_WP_NETWORK: '1' } : {};
  const users = JSON.parse(php('mendkit-setup-users.php', networkEnv));
  start('php', ['-S', host, '-t', docroot, join(docroot, 'mendkit-router.php')], {
    ...env,
    ...networkEnv,
    PHP_CLI_SERVER_WORKERS: '4',
  });
  const url = `http://${host}`;
  await waitFor(`WordPress on ${url}`, async () => (await fetch(`${url}/?rest_route=/`)).ok);
  return { url, users, secret };
}

// ---------------------------------------------------------------------------------------------
// REST

function rest(site, login) {
  const auth = `Basic ${Buffer.from(`${login}:${site.users[login].password}`).toString('base64')}`;
  return async (method, route, body) => {
    const [path, query = ''] = route.split('?');
    const response = await fetch(`${site.url}/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json().catch(() => null);
    if (!response.ok) throw new Error(`${method} ${route} as ${login}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
}

// The block as the editor saves it (the same markup editor.js's save() produces).
const blockMarkup =
  '<!-- wp:mendkit/widget {"lang":"en","supportHref":"https://example.org/help"} -->\n' +
  '<mend-quiz lang="en" support-href="https://example.org/help"></mend-quiz>\n' +
  '<!-- /wp:mendkit/widget -->';
// The shortcode's text is stored as written; its javascript: URL must not reach the page.
const shortcodeMarkup =
  '<!-- wp:shortcode -->\n[mendkit widget="quiz" lang="en" persist="none" support_href="javascript:alert(7)" onclick="alert(8)"]\n<!-- /wp:shortcode -->';
const pastedMarkup =
  '<!-- wp:html -->\n' +
  '<mend-quiz lang="en" persist="session" support-href="javascript:alert(1)" onclick="alert(2)" onmouseover="alert(3)"></mend-quiz>\n' +
  '<script>alert(4)</script><p onclick="alert(5)">A note from the author.</p><img src="x" onerror="alert(6)">\n' +
  '<!-- /wp:html -->';
const ways = { block: blockMarkup, shortcode: shortcodeMarkup, pasted: pastedMarkup };

/** Saves one post per way as `login`, checks what was stored, publishes, returns the links. */
async function savePosts(site, login) {
  const as = rest(site, login);
  const admin = rest(site, 'admin');
  const canPublish = login !== 'contributor';
  const links = [];
  for (const [way, content] of Object.entries(ways)) {
    const post = await as('POST', '/wp/v2/posts', {
      title: `${way} by ${login}`,
      content,
      status: canPublish ? 'publish' : 'pending',
    });
    const stored = (await admin('GET', `/wp/v2/posts/${post.id}?context=edit`)).content.raw;
    const who = `${login} (${site.multi ? 'multisite' : 'single site'}), ${way}`;
    check(!site.users[login].unfiltered, `${login} lacks unfiltered_html, so kses filters what they save`);
    if (way === 'shortcode') check(stored.includes('[mendkit widget="quiz"'), `${who}: the shortcode is stored`);
    else check(/<mend-quiz\s[^>]*lang="en"/.test(stored), `${who}: stored post_content keeps <mend-quiz lang="en">`);
    check(!/<script/i.test(stored), `${who}: no <script> is stored`);
    if (way !== 'shortcode') check(!/\son\w+\s*=/i.test(stored), `${who}: no on* handler is stored`);
    if (way !== 'shortcode') check(!/javascript:/i.test(stored), `${who}: no javascript: URL is stored`);
    if (way === 'pasted') check(stored.includes('persist="session"'), `${who}: documented attributes are kept`);
    if (!canPublish) await admin('POST', `/wp/v2/posts/${post.id}`, { status: 'publish' });
    links.push({ who, url: `${site.url}/?p=${post.id}` });
  }
  return links;
}

// ---------------------------------------------------------------------------------------------
// The front end

/** Module script tags that load the plugin's mendkit.js. */
function mendkitScripts(html) {
  return [...html.matchAll(/<script\b[^>]*>/gi)]
    .map((m) => m[0])
    .filter((tag) => /plugins\/mendkit\/widgets\//.test(tag));
}

async function walkQuiz(page) {
  const quiz = page.locator('mend-quiz');
  await page.waitForFunction(() => document.querySelector('mend-quiz')?.status === 'ready', null, { timeout: 15_000 });
  await quiz.getByRole('button', { name: /^Start/ }).click();
  for (let step = 0; step < 40; step++) {
    if (await quiz.locator('[part~="result"]').count()) return true;
    const radio = quiz.getByRole('radio').first();
    if (await radio.count()) await radio.check();
    const next = quiz.getByRole('button', { name: /^(Next|See my result)/ });
    if (await next.count()) await next.first().click();
    else await sleep(100);
  }
  return (await quiz.locator('[part~="result"]').count()) > 0;
}

async function checkFrontEnd(context, { who, url }, screenshot) {
  const html = await (await fetch(url)).text();
  const tags = mendkitScripts(html);
  // What mendkit/preload's embedHead writes for the same widget: its module scripts (the
  // built-in content first, the quiz's own file last) and hints, by file name.
  const head = embedHead({ kinds: ['quiz'], lang: 'en', base: '/' });
  const expectedScripts = [...head.matchAll(/<script type="module" src="\/([^"]+)"/g)].map((m) => m[1]);
  const expectedHints = [...head.matchAll(/<link rel="modulepreload" href="\/([^"]+)"/g)].map((m) => m[1]);
  const scripts = tags.map((tag) => /plugins\/mendkit\/widgets\/([^"'?]+)/.exec(tag)[1]);
  check(
    JSON.stringify(scripts) === JSON.stringify(expectedScripts),
    `${who}: the module scripts are embedHead's, in its order, the quiz's own file last (${scripts.join(' ') || 'none'})`,
  );
  check(
    tags.every((tag) => {
      const types = [...tag.matchAll(/\stype\s*=\s*(["'])([^"']*)\1/gi)].map((m) => m[2]);
      return types.length === 1 && types[0] === 'module';
    }),
    `${who}: each is type="module", once (${tags.join(' ') || 'none'})`,
  );
  const hints = [...html.matchAll(/<link rel="modulepreload" href="[^"]*plugins\/mendkit\/widgets\/([^"?]+)"/g)];
  check(
    JSON.stringify(hints.map((m) => m[1]).sort()) === JSON.stringify([...expectedHints].sort()),
    `${who}: preload hints name the chunks the quiz will load (${hints.map((m) => m[1]).join(' ') || 'none'})`,
  );
  check(
    !/<script>alert|\son\w+\s*=\s*["']?alert|javascript:/i.test(html),
    `${who}: none of the pasted script, handlers or javascript: URLs reach the page`,
  );
  // A fresh context per page: the quiz would otherwise resume the previous page's answers.
  const fresh = await context.browser().newContext({ viewport: { width: 1100, height: 900 } });
  const page = await fresh.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    dialog.dismiss();
  });
  await page.goto(url);
  const done = await walkQuiz(page).catch((error) => {
    errors.push(error.message);
    return false;
  });
  check(done, `${who}: the quiz walks to a result in Chromium`);
  check(errors.length === 0, `${who}: no page errors (${errors.join('; ')})`);
  if (screenshot) await page.screenshot({ path: join(shots, screenshot), fullPage: true });
  await fresh.close();
}

async function logIn(context, site, password) {
  const page = await context.newPage();
  await page.goto(`${site.url}/wp-login.php`);
  await page.fill('#user_login', 'admin');
  await page.fill('#user_pass', password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  return page;
}

async function checkEditor(page, site, postId) {
  await page.goto(`${site.url}/wp-admin/post.php?post=${postId}&action=edit`);
  await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks().length > 0, null, {
    timeout: 60_000,
  });
  const state = await page.evaluate(() => {
    const { select, dispatch } = window.wp.data;
    if (select('core/edit-post').isFeatureActive('welcomeGuide'))
      dispatch('core/edit-post').toggleFeature('welcomeGuide');
    const blocks = select('core/block-editor').getBlocks();
    const ours = blocks.find((b) => b.name === 'mendkit/widget');
    if (ours) dispatch('core/block-editor').selectBlock(ours.clientId);
    dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
    return { found: !!ours, valid: blocks.every((b) => b.isValid) };
  });
  check(state.found, 'editor: the mendkit block is there');
  check(state.valid, "editor: the saved markup matches the block's save() (the block is valid)");
  const previewReady = await page
    .waitForFunction(
      () =>
        document.querySelector('.editor-styles-wrapper mend-quiz, .block-editor-block-list__layout mend-quiz')
          ?.status === 'ready',
      null,
      { timeout: 15_000 },
    )
    .then(() => true)
    .catch(() => false);
  check(previewReady, 'editor: the block previews the real widget');
  const sidebar = await page.getByLabel('Quick exit URL').count();
  check(sidebar > 0, 'editor: the sidebar has the quick exit control');
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(shots, 'wordpress-editor.png') });
}

async function checkOwnContent(page, site) {
  // Site-wide defaults through the Settings API form.
  await page.goto(`${site.url}/wp-admin/options-general.php?page=mendkit`);
  await page.fill('#mendkit_support_href', 'https://example.org/support');
  await page.fill('#mendkit_support_label', 'Talk to someone');
  await page.fill('#mendkit_quick_exit_url', 'https://example.org/weather');
  await page.selectOption('#mendkit_persist', 'session');
  await page.click('form[action="options.php"] [type="submit"]');
  const saved = await page
    .waitForURL(/settings-updated=true/, { timeout: 15_000 })
    .then(() => true)
    .catch(() => false);
  check(saved, 'settings page: the defaults are saved');

  const textarea = page.locator('#mendkit-document');
  const save = page.locator('#mendkit-save');
  const valid = JSON.parse(readFileSync('examples/assets/coaching-quiz.json', 'utf8'));
  const invalid = structuredClone(valid);
  invalid.questions[0].options[0].score = 'high';
  await textarea.fill(JSON.stringify(invalid, null, 2));
  await page.waitForSelector('#mendkit-problems li');
  const shown = (await page.locator('#mendkit-problems').innerText()).replace(/\s+/g, ' ');
  check(
    /questions\[0\]\.options\[0\]\.score/.test(shown),
    `settings page: the browser names the problem (${shown.trim()})`,
  );
  check(await save.isDisabled(), 'settings page: Save stays off while the document has problems');
  await page.screenshot({ path: join(shots, 'wordpress-settings-invalid.png'), fullPage: true });

  // A crafted POST skips the browser: the server refuses it too.
  const nonce = await page.locator('#mendkit-document-form input[name="_wpnonce"]').inputValue();
  await page.evaluate(
    async ({ nonce, doc }) => {
      const body = new URLSearchParams({ action: 'mendkit_save_document', _wpnonce: nonce, mendkit_document: doc });
      await fetch('/wp-admin/admin-post.php', { method: 'POST', body, credentials: 'same-origin' });
    },
    { nonce, doc: JSON.stringify(invalid) },
  );
  const afterCrafted = await fetch(
    `${site.url}/?rest_route=/mendkit/v1/content/quiz-${valid.id}-${valid.locale.toLowerCase()}`,
  );
  check(afterCrafted.status === 404, 'settings page: a crafted POST of an invalid document stores nothing');

  await page.reload();
  await textarea.fill(JSON.stringify(valid, null, 2));
  await page.waitForFunction(() => !document.querySelector('#mendkit-save').disabled);
  await Promise.all([page.waitForNavigation(), save.click()]);
  check(page.url().includes('mendkit_saved='), 'settings page: a valid document is saved');
  const slug = `quiz-${valid.id}-${valid.locale.toLowerCase()}`;
  const served = await fetch(`${site.url}/?rest_route=/mendkit/v1/content/${slug}`);
  const doc = served.ok ? await served.json() : null;
  check(doc?.id === valid.id && doc?.questions?.length === valid.questions.length, 'REST serves the saved document');
  // Saved from the settings page, it carries the stamp `mendkit validate --stamp` would write.
  check(
    doc !== null && stamped('quiz', doc, CURRENT_SCHEMA_VERSION) !== undefined,
    `the saved document carries an intact "$validated" stamp (${doc?.$validated})`,
  );
  return slug;
}

// ---------------------------------------------------------------------------------------------

try {
  mkdirSync(shots, { recursive: true });
  const db = await startDatabase();
  const docroot = join(tmp, 'wordpress');
  execFileSync('cp', ['-a', wordpressSource, docroot]);
  writeFileSync(join(docroot, 'wp-config.php'), wpConfig(db.socket));
  writeFileSync(join(docroot, 'mendkit-router.php'), router);
  writeFileSync(join(docroot, 'mendkit-setup-install.php'), setupInstall);
  writeFileSync(join(docroot, 'mendkit-setup-users.php'), setupUsers);
  writeFileSync(join(docroot, 'mendkit-check-content.php'), checkContent);
  // No mail server here: WordPress's install and user mails go nowhere.
  mkdirSync(join(docroot, 'wp-content', 'mu-plugins'), { recursive: true });
  writeFileSync(
    join(docroot, 'wp-content', 'mu-plugins', 'mendkit-test.php'),
    "<?php add_filter('pre_wp_mail', '__return_false');\n",
  );
  // The plugin exactly as a site gets it: unpacked from the zip.
  for (const [name, data] of unzip(readFileSync(zipPath))) {
    const target = join(docroot, 'wp-content', 'plugins', name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, data);
  }
  const wpVersion = /\$wp_version = '([^']+)'/.exec(
    readFileSync(join(docroot, 'wp-includes/version.php'), 'utf8'),
  )?.[1];
  console.log(
    `wordpress-test: WordPress ${wpVersion} (${wpVersion && wpVersion >= '6.5' ? 'script-module API' : 'classic script + type="module"'})`,
  );

  const single = { ...(await startWordPress({ docroot, multi: false })), multi: false };
  const multi = { ...(await startWordPress({ docroot, multi: true })), multi: true };
  check(!multi.users.siteadmin.superAdmin, 'multisite: siteadmin is a site Administrator, not a super admin');
  // The server's check accepts every shipped document and refuses broken ones with the widget's words.
  const shipped = readdirSync('content', { recursive: true })
    .map((file) => join('content', String(file)))
    .filter((file) => file.endsWith('.json'));
  const broken = join(tmp, 'broken.json');
  const brokenDoc = JSON.parse(readFileSync('examples/assets/coaching-quiz.json', 'utf8'));
  brokenDoc.questions[0].options[0].score = 'high';
  brokenDoc.unknown = true;
  writeFileSync(broken, JSON.stringify(brokenDoc));
  const verdicts = JSON.parse(
    execFileSync('php', [join(docroot, 'mendkit-check-content.php'), ...shipped, broken], {
      env: { ...process.env, MENDKIT_WP_HOST: new URL(single.url).host, MENDKIT_WP_MULTI: '0' },
      encoding: 'utf8',
    }),
  );
  const refused = shipped.filter((file) => verdicts[file].length);
  check(refused.length === 0, `the server accepts all ${shipped.length} shipped documents ${refused.join(' ')}`);
  check(
    JSON.stringify(verdicts[broken]) ===
      JSON.stringify([
        { path: 'questions[0].options[0].score', message: 'should be a number, not text' },
        { path: 'unknown', message: 'is not a field this content kind knows' },
      ]),
    `the server refuses a broken document with the widget's words (${JSON.stringify(verdicts[broken])})`,
  );
  check(
    verdicts.tag === `<script type="module" src='https://x.example/mendkit.js' id='mendkit-widgets-js'></script>\n`,
    `a theme's type='text/javascript' is replaced, not doubled (${verdicts.tag.trim()})`,
  );
  console.log(`wordpress-test: installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const links = [
    ...(await savePosts(single, 'author')),
    ...(await savePosts(single, 'contributor')),
    ...(await savePosts(multi, 'siteadmin')),
  ];
  console.log(`wordpress-test: posts saved at ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const plain = await rest(single, 'admin')('POST', '/wp/v2/posts', {
    title: 'No widget',
    content: 'Just words.',
    status: 'publish',
  });
  const plainHtml = await (await fetch(`${single.url}/?p=${plain.id}`)).text();
  check(mendkitScripts(plainHtml).length === 0, 'a post without a widget loads no mendkit script');
  check(
    !/rel="modulepreload"[^>]*plugins\/mendkit\//.test(plainHtml),
    'a post without a widget has no mendkit preload hints',
  );

  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  // Three pages at a time: PHP's server has four workers, and each page waits on it more than on the CPU.
  const queue = [...links.entries()];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [index, link] = next;
      await checkFrontEnd(context, link, index === 0 ? 'wordpress-front.png' : undefined);
    }
  };
  await Promise.all([worker(), worker(), worker()]);
  console.log(`wordpress-test: front ends checked at ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const adminContext = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await logIn(adminContext, single, `admin-pass-${single.secret}`);
  const slug = await checkOwnContent(page, single);
  const own = await rest(single, 'admin')('POST', '/wp/v2/posts', {
    title: 'Own content',
    content: `[mendkit widget="quiz" content="${slug}"]`,
    status: 'publish',
  });
  const ownHtml = await (await fetch(`${single.url}/?p=${own.id}`)).text();
  const ownTag = /<mend-quiz\b[^>]*>/.exec(ownHtml)?.[0] ?? '';
  check(
    ownTag.includes('support-href="https://example.org/support"') &&
      ownTag.includes('support-label="Talk to someone"') &&
      ownTag.includes('quick-exit-url="https://example.org/weather"') &&
      ownTag.includes('persist="session"'),
    `the site's defaults reach the widget (${ownTag})`,
  );
  const ownPage = await context.newPage();
  const ownRequests = [];
  ownPage.on('request', (request) => ownRequests.push(request.url()));
  await ownPage.goto(`${single.url}/?p=${own.id}`);
  await ownPage.waitForFunction(() => document.querySelector('mend-quiz')?.status === 'ready', null, {
    timeout: 15_000,
  });
  const ownTitle = await ownPage.evaluate(() => document.querySelector('mend-quiz').shadowRoot.textContent);
  check(ownTitle.includes('coaching'), "the shortcode shows the site's own document");
  const checker = ownRequests.filter((url) => /\/chunks\/validate-/.test(url));
  check(
    checker.length === 0,
    `the stamped document is shown without loading the validator (${checker.join(' ') || 'none'})`,
  );
  const blockPost = links.find((l) => l.who.startsWith('author') && l.who.endsWith('block'));
  await checkEditor(page, single, new URL(blockPost.url).searchParams.get('p'));

  const log = join(docroot, 'debug.log');
  const notices = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter((l) => /plugins\/mendkit\//.test(l))
    : [];
  check(
    notices.length === 0,
    `PHP logged nothing about mendkit${notices.length ? `: ${notices.slice(0, 3).join(' | ')}` : ''}`,
  );
} catch (error) {
  failed++;
  console.error(`wordpress-test: ${error.stack ?? error}`);
  for (const child of children) if (child.lastErrors()) console.error(child.lastErrors());
} finally {
  await stopAll();
}
console.log(`wordpress-test: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
