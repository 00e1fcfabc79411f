<?php
/**
 * Settings → mendkit: site-wide defaults and the site's own content documents.
 *
 * @package mendkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * Registers the defaults with the Settings API (which adds the nonce and capability check).
 */
function mendkit_register_settings() {
	register_setting(
		'mendkit',
		'mendkit_settings',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'mendkit_sanitize_settings',
			'default'           => array(),
		)
	);
	add_settings_section( 'mendkit_defaults', __( 'Defaults for every widget', 'mendkit' ), '__return_false', 'mendkit' );
	$fields = array(
		'support_href'   => __( 'Support link', 'mendkit' ),
		'support_label'  => __( 'Support link label', 'mendkit' ),
		'quick_exit_url' => __( 'Quick exit URL', 'mendkit' ),
		'persist'        => __( 'Remember answers', 'mendkit' ),
	);
	foreach ( $fields as $key => $label ) {
		add_settings_field(
			'mendkit_' . $key,
			$label,
			'mendkit_settings_field',
			'mendkit',
			'mendkit_defaults',
			array(
				'key'       => $key,
				'label_for' => 'mendkit_' . $key,
			)
		);
	}
}
add_action( 'admin_init', 'mendkit_register_settings' );

/**
 * Cleans the defaults before they are saved.
 *
 * @param mixed $input Submitted values.
 * @return array
 */
function mendkit_sanitize_settings( $input ) {
	$input   = is_array( $input ) ? $input : array();
	$persist = isset( $input['persist'] ) ? sanitize_key( $input['persist'] ) : '';
	return array(
		'support_href'   => isset( $input['support_href'] ) ? esc_url_raw( trim( $input['support_href'] ) ) : '',
		'support_label'  => isset( $input['support_label'] ) ? sanitize_text_field( $input['support_label'] ) : '',
		'quick_exit_url' => isset( $input['quick_exit_url'] ) ? esc_url_raw( trim( $input['quick_exit_url'] ) ) : '',
		'persist'        => in_array( $persist, array( 'session', 'device', 'none' ), true ) ? $persist : '',
	);
}

/**
 * Prints one field.
 *
 * @param array $args Field arguments.
 */
function mendkit_settings_field( $args ) {
	$key      = $args['key'];
	$settings = mendkit_settings();
	$name     = 'mendkit_settings[' . $key . ']';
	if ( 'persist' === $key ) {
		$choices = array(
			''        => __( "The widget's own choice", 'mendkit' ),
			'session' => __( 'Until the tab closes', 'mendkit' ),
			'device'  => __( 'On this device', 'mendkit' ),
			'none'    => __( 'Not at all', 'mendkit' ),
		);
		printf( '<select id="%1$s" name="%2$s">', esc_attr( $args['label_for'] ), esc_attr( $name ) );
		foreach ( $choices as $value => $label ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $settings['persist'], $value, false ), esc_html( $label ) );
		}
		echo '</select>';
		echo '<p class="description">' . esc_html__( 'Answers never leave the reader\'s browser; this only decides how long the browser keeps them.', 'mendkit' ) . '</p>';
		return;
	}
	$type = 'support_label' === $key ? 'text' : 'url';
	printf(
		'<input type="%1$s" class="regular-text" id="%2$s" name="%3$s" value="%4$s" />',
		esc_attr( $type ),
		esc_attr( $args['label_for'] ),
		esc_attr( $name ),
		'url' === $type ? esc_url( $settings[ $key ] ) : esc_attr( $settings[ $key ] )
	);
}

/**
 * Adds the page under Settings.
 */
function mendkit_admin_menu() {
	$hook = add_options_page( __( 'mendkit', 'mendkit' ), __( 'mendkit', 'mendkit' ), 'manage_options', 'mendkit', 'mendkit_settings_page' );
	add_action( 'admin_print_scripts-' . $hook, 'mendkit_admin_scripts' );
}
add_action( 'admin_menu', 'mendkit_admin_menu' );

/**
 * Loads the browser-side document check on the settings page only.
 */
function mendkit_admin_scripts() {
	wp_enqueue_script( 'mendkit-admin', plugins_url( 'assets/admin.js', MENDKIT_FILE ), array(), MENDKIT_VERSION, true );
}

/**
 * The admin script is a module too (it imports the validator).
 *
 * @param string $tag    The script tag.
 * @param string $handle The script handle.
 * @return string
 */
function mendkit_admin_module_tag( $tag, $handle ) {
	return 'mendkit-admin' === $handle ? mendkit_module_tag( $tag, 'mendkit-widgets' ) : $tag;
}
add_filter( 'script_loader_tag', 'mendkit_admin_module_tag', 10, 2 );

/**
 * Prints the settings page.
 */
function mendkit_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$user_id  = get_current_user_id();
	$problems = get_transient( 'mendkit_problems_' . $user_id );
	delete_transient( 'mendkit_problems_' . $user_id );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'mendkit', 'mendkit' ); ?></h1>
		<form action="options.php" method="post">
			<?php
			settings_fields( 'mendkit' );
			do_settings_sections( 'mendkit' );
			submit_button();
			?>
		</form>

		<h2><?php esc_html_e( "This site's content", 'mendkit' ); ?></h2>
		<p><?php esc_html_e( 'Paste or upload a quiz, explainer or checklist document. It is checked before it is saved; a document with problems is not saved.', 'mendkit' ); ?></p>
		<?php if ( is_array( $problems ) && $problems ) : ?>
			<div class="notice notice-error" role="alert">
				<p><?php esc_html_e( 'The document was not saved. Please fix these problems:', 'mendkit' ); ?></p>
				<ul>
					<?php foreach ( $problems as $problem ) : ?>
						<li><code><?php echo esc_html( '' === $problem['path'] ? '(document)' : $problem['path'] ); ?></code> <?php echo esc_html( $problem['message'] ); ?></li>
					<?php endforeach; ?>
				</ul>
			</div>
		<?php endif; ?>
		<?php
		// Only a flag for which notice to show; no data is read from it.
		// phpcs:ignore WordPress.Security.NonceVerification.Recommended
		if ( isset( $_GET['mendkit_saved'] ) ) :
			?>
			<div class="notice notice-success" role="status"><p><?php esc_html_e( 'Document saved.', 'mendkit' ); ?></p></div>
		<?php endif; ?>
		<form action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" method="post" enctype="multipart/form-data" id="mendkit-document-form">
			<input type="hidden" name="action" value="mendkit_save_document" />
			<?php wp_nonce_field( 'mendkit_save_document' ); ?>
			<p>
				<label for="mendkit-file"><?php esc_html_e( 'Upload a .json file', 'mendkit' ); ?></label><br />
				<input type="file" id="mendkit-file" name="mendkit_file" accept=".json,application/json" />
			</p>
			<p>
				<label for="mendkit-document"><?php esc_html_e( 'or paste the document', 'mendkit' ); ?></label><br />
				<textarea id="mendkit-document" name="mendkit_document" rows="14" class="large-text code" spellcheck="false"></textarea>
			</p>
			<div id="mendkit-problems" aria-live="polite"></div>
			<?php submit_button( __( 'Check and save document', 'mendkit' ), 'primary', 'submit', true, array( 'id' => 'mendkit-save' ) ); ?>
		</form>

		<?php $documents = mendkit_documents(); ?>
		<?php if ( $documents ) : ?>
			<table class="widefat striped">
				<thead>
					<tr>
						<th scope="col"><?php esc_html_e( 'Document', 'mendkit' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Kind', 'mendkit' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Language', 'mendkit' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Version', 'mendkit' ); ?></th>
						<th scope="col"><?php esc_html_e( 'Use it', 'mendkit' ); ?></th>
						<th scope="col"><span class="screen-reader-text"><?php esc_html_e( 'Actions', 'mendkit' ); ?></span></th>
					</tr>
				</thead>
				<tbody>
					<?php foreach ( $documents as $slug => $document ) : ?>
						<tr>
							<td><?php echo esc_html( $document['title'] ); ?></td>
							<td><?php echo esc_html( $document['kind'] ); ?></td>
							<td><?php echo esc_html( $document['locale'] ); ?></td>
							<td><?php echo esc_html( $document['version'] ); ?></td>
							<td><code><?php echo esc_html( '[mendkit widget="' . $document['kind'] . '" content="' . $slug . '"]' ); ?></code><br /><a href="<?php echo esc_url( mendkit_document_url( $slug ) ); ?>"><?php esc_html_e( 'Document URL', 'mendkit' ); ?></a></td>
							<td>
								<form action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" method="post">
									<input type="hidden" name="action" value="mendkit_delete_document" />
									<input type="hidden" name="slug" value="<?php echo esc_attr( $slug ); ?>" />
									<?php wp_nonce_field( 'mendkit_delete_document_' . $slug ); ?>
									<?php submit_button( __( 'Delete', 'mendkit' ), 'delete small', 'submit', false ); ?>
								</form>
							</td>
						</tr>
					<?php endforeach; ?>
				</tbody>
			</table>
		<?php endif; ?>
	</div>
	<?php
}

/**
 * Saves a pasted or uploaded document if it passes the server's checks.
 */
function mendkit_handle_save_document() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change mendkit content.', 'mendkit' ), 403 );
	}
	check_admin_referer( 'mendkit_save_document' );
	// JSON is checked structurally below, not sanitized as text (that would change it).
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
	$json = isset( $_POST['mendkit_document'] ) ? trim( wp_unslash( $_POST['mendkit_document'] ) ) : '';
	// An upload without the page's script (which pastes the file into the text area instead).
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized
	$upload = isset( $_FILES['mendkit_file']['tmp_name'] ) ? (string) $_FILES['mendkit_file']['tmp_name'] : '';
	if ( '' === $json && '' !== $upload && is_uploaded_file( $upload ) ) {
		// A temporary upload, read once and checked below; at most 1 MB.
		// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$json = trim( (string) file_get_contents( $upload, false, null, 0, 1048576 ) );
	}
	$result = mendkit_check_document( $json );
	$back   = admin_url( 'options-general.php?page=mendkit' );
	if ( ! $result['ok'] ) {
		set_transient( 'mendkit_problems_' . get_current_user_id(), array_slice( $result['problems'], 0, 50 ), 300 );
		wp_safe_redirect( $back );
		exit;
	}
	$slug = mendkit_store_document( $result['doc'] );
	wp_safe_redirect( add_query_arg( 'mendkit_saved', rawurlencode( $slug ), $back ) );
	exit;
}
add_action( 'admin_post_mendkit_save_document', 'mendkit_handle_save_document' );

/**
 * Deletes a document.
 */
function mendkit_handle_delete_document() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You are not allowed to change mendkit content.', 'mendkit' ), 403 );
	}
	$slug = isset( $_POST['slug'] ) ? sanitize_key( wp_unslash( $_POST['slug'] ) ) : '';
	check_admin_referer( 'mendkit_delete_document_' . $slug );
	$documents = mendkit_documents();
	unset( $documents[ $slug ] );
	update_option( 'mendkit_documents', $documents, false );
	wp_safe_redirect( admin_url( 'options-general.php?page=mendkit' ) );
	exit;
}
add_action( 'admin_post_mendkit_delete_document', 'mendkit_handle_delete_document' );
