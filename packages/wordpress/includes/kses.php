<?php
/**
 * Lets mendkit's elements and their documented attributes through kses.
 *
 * Authors, Contributors and every role on multisite (except super admins) save post content
 * through kses, which removes tags it does not know: without this, `<mend-quiz>` disappears.
 * Only the three elements and their listed attributes are added; nothing else is loosened, so
 * `script`, `on*` handlers and unknown attributes are still removed.
 *
 * @package mendkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the elements to the allow-list used for post content.
 *
 * @param array  $tags    Allowed tags and attributes.
 * @param string $context The kses context.
 * @return array
 */
function mendkit_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context || ! is_array( $tags ) ) {
		return $tags;
	}
	foreach ( mendkit_elements() as $tag => $attributes ) {
		$allowed = array(
			'class' => true,
			'id'    => true,
		);
		foreach ( $attributes as $name => $values ) {
			$allowed[ $name ] = is_array( $values ) ? array( 'values' => $values ) : true;
		}
		$tags[ $tag ] = $allowed;
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'mendkit_kses_allowed_html', 10, 2 );

/**
 * Treats the URL attributes as URLs, so kses removes `javascript:` and other unsafe protocols.
 *
 * @param string[] $attributes Attribute names kses checks as URIs.
 * @return string[]
 */
function mendkit_kses_uri_attributes( $attributes ) {
	return array_values( array_unique( array_merge( (array) $attributes, mendkit_url_attributes() ) ) );
}
add_filter( 'wp_kses_uri_attributes', 'mendkit_kses_uri_attributes' );
