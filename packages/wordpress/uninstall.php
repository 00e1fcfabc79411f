<?php
/**
 * Removes mendkit's options when the plugin is deleted (from every site on multisite).
 *
 * @package mendkit
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/**
 * Deletes this site's options.
 */
function mendkit_uninstall_site() {
	delete_option( 'mendkit_settings' );
	delete_option( 'mendkit_documents' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids' ) ) as $mendkit_site_id ) {
		switch_to_blog( $mendkit_site_id );
		mendkit_uninstall_site();
		restore_current_blog();
	}
} else {
	mendkit_uninstall_site();
}
