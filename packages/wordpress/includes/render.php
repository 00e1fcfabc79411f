<?php
/**
 * Builds widget markup and loads the widgets' module script on pages that use one.
 *
 * @package mendkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * URL of a file the plugin ships in widgets/ (the self-hosted build of mendkit's CDN bundle).
 *
 * @param string $file File name inside widgets/.
 * @return string
 */
function mendkit_widgets_url( $file ) {
	return plugins_url( 'widgets/' . $file, MENDKIT_FILE );
}

/**
 * The script handle of one widget's own file: `mendkit-quiz` for `mend-quiz`.
 *
 * @param string $tag The widget's element tag.
 * @return string
 */
function mendkit_script_handle( $tag ) {
	return 'mendkit-' . preg_replace( '/^mend-/', '', $tag );
}

/**
 * Registers the classic-script fallback handles: `mendkit-widgets` (mendkit.js, which loads any
 * widget; the editor uses it on every version) and one per widget for the front end where
 * WordPress has no script-module API (before 6.5).
 */
function mendkit_register_scripts() {
	wp_register_script( 'mendkit-widgets', mendkit_widgets_url( 'mendkit.js' ), array(), MENDKIT_VERSION, true );
	foreach ( mendkit_widgets() as $tag ) {
		wp_register_script( mendkit_script_handle( $tag ), mendkit_widgets_url( $tag . '.js' ), array(), MENDKIT_VERSION, true );
	}
}
add_action( 'init', 'mendkit_register_scripts' );

/**
 * Loads one widget's own file as a module, once, on the page being rendered; safe to call many
 * times. The page names the widgets it shows, so their files load straight away with the hints
 * (includes/preload.php), rather than through mendkit.js a step later.
 *
 * @param string $tag The widget's element tag.
 */
function mendkit_enqueue( $tag ) {
	if ( is_admin() || ! in_array( $tag, mendkit_widgets(), true ) ) {
		return;
	}
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		// WordPress 6.5+: the script-module API prints one type="module" tag by itself.
		wp_enqueue_script_module( mendkit_script_handle( $tag ), mendkit_widgets_url( $tag . '.js' ), array(), MENDKIT_VERSION );
		return;
	}
	wp_enqueue_script( mendkit_script_handle( $tag ) );
}

/**
 * Makes the fallback script tag a module with exactly one type attribute.
 *
 * Themes without html5 script support get `type='text/javascript'` from WordPress; adding a
 * second type attribute next to it leaves the browser reading the first, so the module never
 * runs. Every existing type attribute is removed before `type="module"` is added.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script handle.
 * @return string
 */
function mendkit_module_tag( $tag, $handle ) {
	if ( 'mendkit-widgets' !== $handle && ! in_array( $handle, array_map( 'mendkit_script_handle', mendkit_widgets() ), true ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype\s*=\s*(["\'])[^"\']*\1/i', '', $tag );
	return preg_replace( '/<script(?=[\s>])/i', '<script type="module"', $tag, 1 );
}
add_filter( 'script_loader_tag', 'mendkit_module_tag', 10, 2 );

/**
 * Site-wide defaults from the settings page.
 *
 * @return array{support_href:string,support_label:string,quick_exit_url:string,persist:string}
 */
function mendkit_settings() {
	$saved = get_option( 'mendkit_settings', array() );
	return wp_parse_args(
		is_array( $saved ) ? $saved : array(),
		array(
			'support_href'   => '',
			'support_label'  => '',
			'quick_exit_url' => '',
			'persist'        => '',
		)
	);
}

/**
 * The markup of one widget: its element with the given attributes and the site's defaults.
 * Attributes the element does not document, and listed values it does not know, are dropped.
 * Enqueues its module script.
 *
 * @param string $widget     quiz, explainer or checklist.
 * @param array  $attributes Attribute name => value; for flags, any value other than '' / false / '0' / 'false' sets them.
 * @return string Escaped HTML, or '' for an unknown widget.
 */
function mendkit_render_widget( $widget, $attributes ) {
	$widgets = mendkit_widgets();
	if ( ! isset( $widgets[ $widget ] ) ) {
		return '';
	}
	$tag      = $widgets[ $widget ];
	$known    = mendkit_elements()[ $tag ];
	$settings = mendkit_settings();
	$defaults = array( 'persist' => $settings['persist'] );
	if ( 'mend-quiz' === $tag ) {
		$defaults['support-href']   = $settings['support_href'];
		$defaults['support-label']  = $settings['support_label'];
		$defaults['quick-exit-url'] = $settings['quick_exit_url'];
	}

	$html = '<' . $tag;
	foreach ( $known as $name => $values ) {
		$value = isset( $attributes[ $name ] ) ? $attributes[ $name ] : null;
		if ( in_array( $name, mendkit_flag_attributes(), true ) ) {
			if ( null !== $value && false !== $value && ! in_array( strtolower( (string) $value ), array( '', '0', 'false', 'no' ), true ) ) {
				$html .= ' ' . $name;
			}
			continue;
		}
		$value = ( null === $value || '' === $value ) && isset( $defaults[ $name ] ) ? $defaults[ $name ] : $value;
		if ( null === $value || '' === trim( (string) $value ) ) {
			continue;
		}
		$value = trim( (string) $value );
		if ( is_array( $values ) && ! in_array( strtolower( $value ), $values, true ) ) {
			continue;
		}
		if ( in_array( $name, mendkit_url_attributes(), true ) ) {
			$value = esc_url( $value );
			if ( '' === $value ) {
				continue;
			}
			$html .= ' ' . $name . '="' . $value . '"';
			continue;
		}
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	mendkit_load_widgets_in( $html . '>' );
	return $html . '></' . $tag . '>';
}

/**
 * Loads the script for content that already holds an element (pasted, or saved by the block),
 * wherever WordPress renders it: post content, blocks, and the text widgets.
 *
 * @param string $content Rendered content.
 * @return string The same content.
 */
function mendkit_enqueue_if_used( $content ) {
	if ( is_string( $content ) && preg_match( '/<mend-(?:quiz|explainer|checklist)[\s>]/i', $content ) ) {
		mendkit_load_widgets_in( $content );
	}
	return $content;
}
add_filter( 'the_content', 'mendkit_enqueue_if_used', 20 );
add_filter( 'render_block', 'mendkit_enqueue_if_used', 20 );
add_filter( 'widget_text', 'mendkit_enqueue_if_used', 20 );
add_filter( 'widget_block_content', 'mendkit_enqueue_if_used', 20 );
