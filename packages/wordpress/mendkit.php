<?php
/**
 * Plugin Name:       mendkit
 * Plugin URI:        https://github.com/mendkit/mendkit
 * Description:       Embeddable reflection widgets about repairing relationships: a quiz, a forgiveness explainer and a trust checklist. Everything runs in the reader's browser; nothing is sent anywhere.
 * Version:           0.1.0
 * Requires at least: 5.9
 * Requires PHP:      7.4
 * Author:            mendkit contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       mendkit
 *
 * @package mendkit
 */

defined( 'ABSPATH' ) || exit;

define( 'MENDKIT_VERSION', '0.1.0' );
define( 'MENDKIT_FILE', __FILE__ );
define( 'MENDKIT_DIR', plugin_dir_path( __FILE__ ) );

require_once MENDKIT_DIR . 'includes/elements.php';
require_once MENDKIT_DIR . 'includes/kses.php';
require_once MENDKIT_DIR . 'includes/render.php';
require_once MENDKIT_DIR . 'includes/preload.php';
require_once MENDKIT_DIR . 'includes/content.php';
require_once MENDKIT_DIR . 'includes/block.php';
require_once MENDKIT_DIR . 'includes/shortcode.php';
require_once MENDKIT_DIR . 'includes/settings.php';
