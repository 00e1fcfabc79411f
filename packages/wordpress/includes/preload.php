<?php
/**
 * Preload hints: the files each widget on the page needs first, so the browser fetches them
 * beside the widget's own file instead of one round trip after it.
 *
 * The rule of which files those are is mendkit's `firstScreenKeys` (packages/mendkit/src/
 * first-screen.ts), copied here because PHP cannot run it; `npm run test:wordpress` checks that
 * the hints printed here equal what `mendkit/preload` writes for the same widgets.
 *
 * @package mendkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The widgets rendered on this page so far, as "tag language source" keys, and adds one.
 *
 * @param string|null $tag     Element tag, or null to only read.
 * @param string      $lang    The element's lang attribute ('' for the page's language).
 * @param string      $content Where its content comes from: 'built-in' or 'src'.
 * @return array<string,array{0:string,1:string,2:string}>
 */
function mendkit_first_screens( $tag = null, $lang = '', $content = 'built-in' ) {
	static $screens = array();
	if ( null !== $tag ) {
		$screens[ "$tag $lang $content" ] = array( $tag, $lang, $content );
	}
	return $screens;
}

/**
 * Loads the widgets in rendered HTML (pasted elements, saved blocks, shortcodes): enqueues each
 * one's file and notes it, with its lang and src, for the preload hints.
 *
 * @param string $html Rendered content.
 */
function mendkit_load_widgets_in( $html ) {
	preg_match_all( '/<(mend-(?:quiz|explainer|checklist))(\s[^>]*)?>/i', $html, $found, PREG_SET_ORDER );
	foreach ( $found as $element ) {
		$attributes = isset( $element[2] ) ? $element[2] : '';
		$lang       = preg_match( '/\slang\s*=\s*(["\']?)([\w-]+)\1/i', $attributes, $m ) ? $m[2] : '';
		$source     = preg_match( '/\ssrc\s*=/i', $attributes ) ? 'src' : 'built-in';
		mendkit_enqueue( strtolower( $element[1] ) );
		mendkit_first_screens( strtolower( $element[1] ), $lang, $source );
	}
}

/**
 * The primary language subtag files are named by: `es-MX` → `es`; empty means English.
 *
 * @param string $lang A language tag.
 * @return string
 */
function mendkit_language_key( $lang ) {
	return preg_match( '/^[a-z]+/', strtolower( (string) $lang ), $m ) ? $m[0] : 'en';
}

/**
 * The file map's keys for one widget (see mendkit's firstScreenKeys).
 *
 * @param string                  $tag     Element tag.
 * @param string                  $lang    Language tag.
 * @param string                  $content 'built-in', 'stamped', 'inline' or 'src'.
 * @param array<string,string[]> $files   The build's map of files.
 * @return string[]
 */
function mendkit_first_screen_keys( $tag, $lang, $content, $files ) {
	$kind     = preg_replace( '/^mend-/', '', $tag );
	$language = mendkit_language_key( $lang );
	$keys     = array( $tag, "strings-$language" );
	if ( 'inline' === $content ) {
		$keys[] = "validate-$kind";
	}
	if ( 'built-in' === $content ) {
		$keys[] = "$kind-content-" . ( isset( $files[ "$kind-content-$language" ] ) ? $language : 'en' );
	}
	return $keys;
}

/**
 * Prints what the page's widgets need first, as `mendkit/preload`'s embedHead writes it: a
 * modulepreload hint for each shared chunk, then the interface strings, validator and built-in
 * content as module scripts, which list themselves as loaded so each widget's first render shows
 * its content in its language. Runs in the footer because blocks and shortcodes render after the
 * head, and before the widgets' own scripts (priority 20), because module scripts run in order.
 */
function mendkit_print_preload_hints() {
	$screens = mendkit_first_screens();
	$map     = MENDKIT_DIR . 'widgets/files.json';
	if ( is_admin() || ! $screens || ! is_readable( $map ) ) {
		return;
	}
	$files = json_decode( (string) file_get_contents( $map ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	if ( ! is_array( $files ) ) {
		return;
	}
	$hinted = array();
	$runs   = array();
	foreach ( $screens as $screen ) {
		list( $tag, $lang, $content ) = $screen;
		// An element without lang shows the page's language, as the loader reads it from <html lang>.
		$lang = '' !== $lang ? $lang : get_bloginfo( 'language' );
		foreach ( mendkit_first_screen_keys( $tag, $lang, $content, $files ) as $key ) {
			$key_files = isset( $files[ $key ] ) ? array_values( (array) $files[ $key ] ) : array();
			// A key's own file comes first in its list; a widget's is the page's own module script.
			if ( $key_files && $key !== $tag ) {
				$runs[ $key_files[0] ] = true;
			}
			foreach ( $key_files as $file ) {
				$hinted[ $file ] = true;
			}
		}
	}
	foreach ( mendkit_widgets() as $tag ) {
		if ( isset( $files[ $tag ][0] ) ) {
			unset( $hinted[ $files[ $tag ][0] ] );
		}
	}
	foreach ( array_keys( array_diff_key( $hinted, $runs ) ) as $file ) {
		echo '<link rel="modulepreload" href="' . esc_url( mendkit_widgets_url( $file ) ) . '">' . "\n";
	}
	foreach ( array_keys( $runs ) as $file ) {
		wp_print_script_tag(
			array(
				'type' => 'module',
				'src'  => mendkit_widgets_url( $file ),
			)
		);
	}
}
add_action( 'wp_footer', 'mendkit_print_preload_hints', 5 );
