<?php
/**
 * A site's own content documents: checked on the server, stored in an option, served by REST.
 *
 * What is checked where: the settings page runs mendkit's own validator in the browser (the
 * exact messages the widget shows, including the meaning checks such as unknown dimension ids)
 * and will not submit while a document has problems. The server checks again here, because a
 * crafted request skips the browser: JSON syntax, kind, schemaVersion, id, version and locale,
 * and the whole structure against the JSON Schema the package ships. The settings page sends a
 * valid document stamped (`$validated`, as `mendkit validate --stamp` writes it), so widgets
 * showing it skip loading their validator; a stamp that no longer matches its document makes the
 * widget validate it in full. The stamp is a cache hint, not a signature: only administrators
 * save documents, and they are trusted with it as a site's build is.
 *
 * @package mendkit
 */

defined( 'ABSPATH' ) || exit;

/**
 * The JSON Schema for a kind, as shipped in schemas/.
 *
 * @param string $kind quiz, explainer or checklist.
 * @return object|null
 */
function mendkit_schema( $kind ) {
	if ( ! isset( mendkit_widgets()[ $kind ] ) ) {
		return null;
	}
	$file = MENDKIT_DIR . 'schemas/' . $kind . '.schema.json';
	if ( ! is_readable( $file ) ) {
		return null;
	}
	// Reading a file the plugin ships; not a remote request.
	// phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
	$schema = json_decode( (string) file_get_contents( $file ) );
	return is_object( $schema ) ? $schema : null;
}

/**
 * Checks a pasted or uploaded document.
 *
 * @param string $json The document's text.
 * @return array{ok:bool,problems:array<int,array{path:string,message:string}>,doc:object|null}
 */
function mendkit_check_document( $json ) {
	$fail = static function ( $path, $message ) {
		return array(
			'ok'       => false,
			'problems' => array(
				array(
					'path'    => $path,
					'message' => $message,
				),
			),
			'doc'      => null,
		);
	};
	$doc = json_decode( $json );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		return $fail( '', 'is not valid JSON: ' . json_last_error_msg() );
	}
	if ( ! is_object( $doc ) ) {
		return $fail( '', 'should be a JSON object' );
	}
	$kind = isset( $doc->kind ) && is_string( $doc->kind ) ? $doc->kind : '';
	if ( ! isset( mendkit_widgets()[ $kind ] ) ) {
		return $fail( 'kind', 'should be one of "quiz", "explainer", "checklist"' );
	}
	$schema = mendkit_schema( $kind );
	if ( null === $schema ) {
		return $fail( '', 'cannot be checked: the plugin is missing its schemas' );
	}
	$problems = array();
	mendkit_schema_check( $doc, $schema, $schema, array(), $problems );
	return array(
		'ok'       => ! $problems,
		'problems' => $problems,
		'doc'      => $problems ? null : $doc,
	);
}

/**
 * Formats a path the way the widget does: `questions[3].options[1].score`.
 *
 * @param array $path Segments (strings and integers).
 * @return string
 */
function mendkit_format_path( $path ) {
	$out = '';
	foreach ( $path as $segment ) {
		if ( is_int( $segment ) ) {
			$out .= '[' . $segment . ']';
		} elseif ( preg_match( '/^[A-Za-z_$][\w$]*$/', $segment ) ) {
			$out .= ( '' === $out ? '' : '.' ) . $segment;
		} else {
			$out .= '[' . wp_json_encode( $segment ) . ']';
		}
	}
	return $out;
}

/**
 * The widget's words for a JSON value's type.
 *
 * @param mixed $value A decoded JSON value.
 * @return string
 */
function mendkit_describe_value( $value ) {
	if ( null === $value ) {
		return 'null';
	}
	if ( is_array( $value ) ) {
		return 'a list';
	}
	if ( is_object( $value ) ) {
		return 'an object';
	}
	if ( is_bool( $value ) ) {
		return 'true or false';
	}
	if ( is_int( $value ) ) {
		return 'a number';
	}
	if ( is_float( $value ) ) {
		return floor( $value ) === $value ? 'a number' : 'a decimal number';
	}
	return 'text';
}

/**
 * Whether a decoded JSON value has a JSON Schema type.
 *
 * @param mixed  $value A decoded JSON value.
 * @param string $type  A JSON Schema type.
 * @return bool
 */
function mendkit_schema_type_is( $value, $type ) {
	switch ( $type ) {
		case 'object':
			return is_object( $value );
		case 'array':
			return is_array( $value );
		case 'string':
			return is_string( $value );
		case 'number':
			return is_int( $value ) || is_float( $value );
		case 'integer':
			return is_int( $value ) || ( is_float( $value ) && floor( $value ) === $value );
		case 'boolean':
			return is_bool( $value );
		case 'null':
			return null === $value;
	}
	return false;
}

/**
 * A small JSON Schema (2020-12) checker: the keywords mendkit's schemas use (type, const,
 * enum, properties, required, additionalProperties, propertyNames, items, minItems, maxItems,
 * minLength, maxLength, pattern, minimum, maximum, anyOf, $ref to #/$defs). Messages follow
 * the widget's wording.
 *
 * @param mixed  $value    The value to check.
 * @param object $schema   The (sub)schema.
 * @param object $root     The whole schema, for $ref.
 * @param array  $path     Path segments to the value.
 * @param array  $problems Problems found so far (appended to).
 */
function mendkit_schema_check( $value, $schema, $root, $path, &$problems ) {
	$at  = mendkit_format_path( $path );
	$add = static function ( $message, $where = null ) use ( &$problems, $at ) {
		$problems[] = array(
			'path'    => null === $where ? $at : $where,
			'message' => $message,
		);
	};
	if ( isset( $schema->{'$ref'} ) ) {
		$name = preg_replace( '#^\#/\$defs/#', '', $schema->{'$ref'} );
		if ( isset( $root->{'$defs'}->$name ) ) {
			mendkit_schema_check( $value, $root->{'$defs'}->$name, $root, $path, $problems );
		}
		return;
	}
	if ( isset( $schema->anyOf ) ) {
		$best = null;
		foreach ( $schema->anyOf as $branch ) {
			$found = array();
			mendkit_schema_check( $value, $branch, $root, $path, $found );
			if ( ! $found ) {
				return;
			}
			if ( null === $best || count( $found ) < count( $best ) ) {
				$best = $found;
			}
		}
		// Report the branch that came closest, as the widget does.
		$problems = array_merge( $problems, (array) $best );
		return;
	}
	if ( isset( $schema->type ) && ! mendkit_schema_type_is( $value, $schema->type ) ) {
		$words = array(
			'string'  => 'text',
			'number'  => 'a number',
			'integer' => 'a whole number',
			'boolean' => 'true or false',
			'array'   => 'a list',
			'object'  => 'an object',
			'null'    => 'null',
		);
		$add( 'should be ' . ( isset( $words[ $schema->type ] ) ? $words[ $schema->type ] : $schema->type ) . ', not ' . mendkit_describe_value( $value ) );
		return;
	}
	if ( property_exists( $schema, 'const' ) && $value !== $schema->const ) {
		$add( 'should be ' . wp_json_encode( $schema->const ) );
		return;
	}
	if ( isset( $schema->enum ) && ! in_array( $value, $schema->enum, true ) ) {
		$add( 'should be one of ' . implode( ', ', array_map( 'wp_json_encode', $schema->enum ) ) );
		return;
	}
	if ( is_string( $value ) ) {
		$length = function_exists( 'mb_strlen' ) ? mb_strlen( $value, 'UTF-8' ) : strlen( $value );
		if ( isset( $schema->minLength ) && $length < $schema->minLength ) {
			$add( 1 === $schema->minLength ? 'is empty' : 'needs at least ' . $schema->minLength . ' characters' );
		}
		if ( isset( $schema->maxLength ) && $length > $schema->maxLength ) {
			$add( 'is longer than ' . $schema->maxLength . ' characters' );
		}
		if ( isset( $schema->pattern ) && ! preg_match( '/' . str_replace( '/', '\/', $schema->pattern ) . '/u', $value ) ) {
			$add( 'does not have the expected form' );
		}
	}
	if ( is_int( $value ) || is_float( $value ) ) {
		if ( isset( $schema->minimum ) && $value < $schema->minimum ) {
			$add( 'should be at least ' . $schema->minimum );
		}
		if ( isset( $schema->maximum ) && $value > $schema->maximum ) {
			$add( 'should be at most ' . $schema->maximum );
		}
	}
	if ( is_array( $value ) ) {
		$count = count( $value );
		if ( isset( $schema->minItems ) && $count < $schema->minItems ) {
			$exact = isset( $schema->maxItems ) && $schema->maxItems === $schema->minItems;
			$add( ( $exact ? 'should have exactly ' : 'needs at least ' ) . $schema->minItems . ( 1 === $schema->minItems ? ' item' : ' items' ) );
		} elseif ( isset( $schema->maxItems ) && $count > $schema->maxItems ) {
			$exact = isset( $schema->minItems ) && $schema->maxItems === $schema->minItems;
			$add( ( $exact ? 'should have exactly ' : 'has more than ' ) . $schema->maxItems . ( 1 === $schema->maxItems ? ' item' : ' items' ) );
		}
		if ( isset( $schema->items ) ) {
			foreach ( $value as $index => $item ) {
				mendkit_schema_check( $item, $schema->items, $root, array_merge( $path, array( $index ) ), $problems );
			}
		}
	}
	if ( is_object( $value ) ) {
		$properties = isset( $schema->properties ) ? $schema->properties : new stdClass();
		foreach ( isset( $schema->required ) ? $schema->required : array() as $name ) {
			if ( ! property_exists( $value, $name ) ) {
				$add( 'is missing', mendkit_format_path( array_merge( $path, array( $name ) ) ) );
			}
		}
		foreach ( get_object_vars( $value ) as $name => $item ) {
			$name = (string) $name;
			$here = array_merge( $path, array( $name ) );
			if ( isset( $properties->$name ) ) {
				mendkit_schema_check( $item, $properties->$name, $root, $here, $problems );
			} elseif ( isset( $schema->additionalProperties ) && false === $schema->additionalProperties ) {
				$add( 'is not a field this content kind knows', mendkit_format_path( $here ) );
			} elseif ( isset( $schema->additionalProperties ) && is_object( $schema->additionalProperties ) ) {
				mendkit_schema_check( $item, $schema->additionalProperties, $root, $here, $problems );
			}
			if ( isset( $schema->propertyNames ) ) {
				mendkit_schema_check( $name, $schema->propertyNames, $root, $here, $problems );
			}
		}
	}
}

/**
 * The stored documents, by slug.
 *
 * @return array<string,array{kind:string,id:string,locale:string,version:string,title:string,json:string}>
 */
function mendkit_documents() {
	$documents = get_option( 'mendkit_documents', array() );
	return is_array( $documents ) ? $documents : array();
}

/**
 * Stores a checked document; its slug is kind-id-locale, so saving the same document again
 * replaces it.
 *
 * @param object $doc A document mendkit_check_document() accepted.
 * @return string The slug.
 */
function mendkit_store_document( $doc ) {
	$slug               = sanitize_key( $doc->kind . '-' . $doc->id . '-' . strtolower( $doc->locale ) );
	$documents          = mendkit_documents();
	$documents[ $slug ] = array(
		'kind'    => $doc->kind,
		'id'      => $doc->id,
		'locale'  => $doc->locale,
		'version' => $doc->version,
		'title'   => isset( $doc->title ) && is_string( $doc->title ) ? $doc->title : $doc->id,
		'json'    => wp_json_encode( $doc ),
	);
	update_option( 'mendkit_documents', $documents, false );
	return $slug;
}

/**
 * The URL a widget's `src` uses for a stored document.
 *
 * @param string $slug The document's slug.
 * @return string
 */
function mendkit_document_url( $slug ) {
	return rest_url( 'mendkit/v1/content/' . $slug );
}

/**
 * Serves stored documents to the widgets, to anyone (they are published content).
 */
function mendkit_register_rest_routes() {
	register_rest_route(
		'mendkit/v1',
		'/content/(?P<slug>[a-z0-9_-]+)',
		array(
			'methods'             => 'GET',
			'permission_callback' => '__return_true',
			'callback'            => static function ( $request ) {
				$documents = mendkit_documents();
				$slug      = $request['slug'];
				if ( ! isset( $documents[ $slug ] ) ) {
					return new WP_Error( 'mendkit_not_found', 'No such document.', array( 'status' => 404 ) );
				}
				return rest_ensure_response( json_decode( $documents[ $slug ]['json'] ) );
			},
		)
	);
}
add_action( 'rest_api_init', 'mendkit_register_rest_routes' );
