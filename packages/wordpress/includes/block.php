<?php
/**
 * The mendkit/widget block.
 *
 * The block saves the element itself into post content (so the content still holds the
 * widget if the plugin is ever switched off), and the server renders it again from the block's
 * attributes, adding the site's defaults and loading the script.
 *
 * @package mendkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Block attribute names mapped to element attribute names.
 *
 * @return array<string,string>
 */
function mendkit_block_attribute_map() {
	return array(
		'lang'         => 'lang',
		'theme'        => 'theme',
		'layout'       => 'layout',
		'src'          => 'src',
		'supportHref'  => 'support-href',
		'supportLabel' => 'support-label',
		'quickExitUrl' => 'quick-exit-url',
		'noQuickExit'  => 'no-quick-exit',
		'persist'      => 'persist',
		'view'         => 'view',
		'group'        => 'group',
	);
}

/**
 * Registers the block and its editor script.
 */
function mendkit_register_block() {
	wp_register_script(
		'mendkit-block-editor',
		plugins_url( 'blocks/widget/editor.js', MENDKIT_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-components', 'wp-block-editor', 'wp-i18n' ),
		MENDKIT_VERSION,
		true
	);
	$documents = array();
	foreach ( mendkit_documents() as $slug => $document ) {
		$documents[] = array(
			'slug'   => $slug,
			'kind'   => $document['kind'],
			'title'  => $document['title'] . ' (' . $document['locale'] . ', ' . $document['version'] . ')',
			'url'    => mendkit_document_url( $slug ),
			'locale' => $document['locale'],
		);
	}
	wp_localize_script(
		'mendkit-block-editor',
		'mendkitEditor',
		array(
			'documents' => $documents,
			'settings'  => admin_url( 'options-general.php?page=mendkit' ),
		)
	);
	register_block_type( MENDKIT_DIR . 'blocks/widget', array( 'render_callback' => 'mendkit_render_block' ) );
}
add_action( 'init', 'mendkit_register_block' );

/**
 * Loads the widgets in the block editor, so the block previews the real widget. Both hooks:
 * `enqueue_block_assets` also reaches the editor's iframe (site editor, newer post editors),
 * where elements defined only in the outer page would stay empty. The handle prints once.
 */
function mendkit_editor_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'mendkit-widgets' );
	}
}
add_action( 'enqueue_block_editor_assets', 'mendkit_editor_assets' );
add_action( 'enqueue_block_assets', 'mendkit_editor_assets' );

/**
 * Renders the block from its attributes.
 *
 * @param array $attributes Block attributes.
 * @return string
 */
function mendkit_render_block( $attributes ) {
	$widget  = isset( $attributes['widget'] ) ? (string) $attributes['widget'] : 'quiz';
	$element = array();
	foreach ( mendkit_block_attribute_map() as $from => $to ) {
		if ( isset( $attributes[ $from ] ) ) {
			$element[ $to ] = $attributes[ $from ];
		}
	}
	$documents = mendkit_documents();
	if ( ! empty( $attributes['document'] ) && isset( $documents[ $attributes['document'] ] ) ) {
		$element['src'] = mendkit_document_url( $attributes['document'] );
	}
	return mendkit_render_widget( $widget, $element );
}
