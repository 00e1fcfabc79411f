<?php
/**
 * The [mendkit] shortcode, for the classic editor and page builders.
 *
 * Examples: [mendkit widget="quiz" lang="es"], [mendkit widget="checklist" group="healing"],
 * [mendkit widget="quiz" content="quiz-my-quiz-en"] (a document saved on the settings page).
 * Attribute names are the element's, with `-` or `_`: support_href or support-href.
 *
 * @package mendkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders the shortcode.
 *
 * @param array|string $atts Shortcode attributes.
 * @return string
 */
function mendkit_shortcode( $atts ) {
	$element = array();
	$widget  = 'quiz';
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word such as [mendkit quiz no_quick_exit].
			$value = strtolower( (string) $value );
			if ( isset( mendkit_widgets()[ $value ] ) ) {
				$widget = $value;
			} else {
				$element[ str_replace( '_', '-', $value ) ] = true;
			}
			continue;
		}
		$name = str_replace( '_', '-', strtolower( (string) $name ) );
		if ( 'widget' === $name ) {
			$widget = strtolower( (string) $value );
		} elseif ( 'content' === $name ) {
			$documents = mendkit_documents();
			if ( isset( $documents[ $value ] ) ) {
				$element['src'] = mendkit_document_url( $value );
			}
		} else {
			$element[ $name ] = $value;
		}
	}
	if ( ! isset( $element['src'] ) || '' === $element['src'] ) {
		unset( $element['src'] );
	}
	return mendkit_render_widget( $widget, $element );
}
add_shortcode( 'mendkit', 'mendkit_shortcode' );
