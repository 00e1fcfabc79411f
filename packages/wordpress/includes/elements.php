<?php
/**
 * The one list of mendkit's elements and their documented attributes.
 *
 * The kses allow-list, the shortcode, the block and the renderer all read from here, so a new
 * attribute is added in one place.
 *
 * @package mendkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Widget names (as used by the shortcode and the block) mapped to their element tags.
 *
 * @return array<string,string>
 */
function mendkit_widgets() {
	return array(
		'quiz'      => 'mend-quiz',
		'explainer' => 'mend-explainer',
		'checklist' => 'mend-checklist',
	);
}

/**
 * Every element's documented attributes. A value of `true` accepts any text; an array lists
 * the only values the element understands.
 *
 * @return array<string,array<string,true|string[]>>
 */
function mendkit_elements() {
	$persist = array( 'session', 'device', 'none' );
	$common  = array(
		'src'         => true,
		'theme'       => array( 'auto', 'light', 'dark' ),
		'lang'        => true,
		'dir'         => array( 'ltr', 'rtl', 'auto' ),
		'persist'     => $persist,
		'storage-key' => true,
	);
	return array(
		'mend-quiz'      => $common + array(
			'layout'          => array( 'step', 'list' ),
			'include-answers' => true,
			'support-href'    => true,
			'support-label'   => true,
			'quick-exit-url'  => true,
			'no-quick-exit'   => true,
			'explainer-href'  => true,
			'checklist-href'  => true,
		),
		'mend-explainer' => $common + array(
			'view' => true,
		),
		'mend-checklist' => $common + array(
			'group' => true,
		),
	);
}

/**
 * Attributes that hold a URL: kses strips unsafe protocols (such as `javascript:`) from them,
 * and the renderer escapes them with esc_url().
 *
 * @return string[]
 */
function mendkit_url_attributes() {
	return array( 'src', 'support-href', 'quick-exit-url', 'explainer-href', 'checklist-href' );
}

/**
 * Attributes that mean something by being present (their value is ignored).
 *
 * @return string[]
 */
function mendkit_flag_attributes() {
	return array( 'include-answers', 'no-quick-exit' );
}
