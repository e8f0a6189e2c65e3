<?php
/**
 * Plugin Name:       Pick Your Pathway
 * Description:       A decision wizard that helps a community choose first responder deflection pathways. Add it with the [pick_your_pathway] shortcode or the "Pick Your Pathway" block.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       pick-your-pathway
 *
 * The widget's files are served from this plugin's own assets/ folder: no outside host.
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const PICK_YOUR_PATHWAY_VERSION = '0.1.0';

/**
 * The element's attributes from shortcode or block attributes, checked and escaped. Names may be
 * written with a hyphen or an underscore (`heading-level` or `heading_level`).
 *
 * @param array $atts Raw attributes.
 * @return string The `<pick-your-pathway>` element.
 */
function pick_your_pathway_render( $atts ) {
	$atts   = is_array( $atts ) ? $atts : array();
	$values = array();
	foreach ( $atts as $name => $value ) {
		$values[ str_replace( '_', '-', strtolower( (string) $name ) ) ] = is_scalar( $value ) ? trim( (string) $value ) : '';
	}
	$out = array();
	if ( isset( $values['lang'] ) && preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/', $values['lang'] ) ) {
		$out['lang'] = $values['lang'];
	}
	if ( isset( $values['heading-level'] ) && preg_match( '/^[2-6]$/', $values['heading-level'] ) ) {
		$out['heading-level'] = $values['heading-level'];
	}
	if ( isset( $values['mode'] ) && 'presenter' === $values['mode'] ) {
		$out['mode'] = 'presenter';
	}
	if ( isset( $values['persist'] ) && '' !== $values['persist'] ) {
		$out['persist'] = substr( $values['persist'], 0, 100 );
	}
	if ( isset( $values['id'] ) && preg_match( '/^[A-Za-z][\w-]{0,63}$/', $values['id'] ) ) {
		$out['id'] = $values['id'];
	}
	if ( isset( $values['content-src'] ) && '' !== $values['content-src'] ) {
		$url = esc_url_raw( $values['content-src'], array( 'http', 'https' ) );
		if ( '' !== $url ) {
			$out['content-src'] = $url;
		}
	}

	wp_enqueue_script( 'pick-your-pathway' );

	$html = '<pick-your-pathway';
	foreach ( $out as $name => $value ) {
		$html .= ' ' . $name . '="' . esc_attr( $value ) . '"';
	}
	return $html . '></pick-your-pathway>';
}

/** Registers the script (from this plugin's folder), the shortcode and the block. */
function pick_your_pathway_init() {
	wp_register_script(
		'pick-your-pathway',
		plugins_url( 'assets/pick-your-pathway.js', __FILE__ ),
		array(),
		PICK_YOUR_PATHWAY_VERSION,
		true
	);
	add_shortcode( 'pick_your_pathway', 'pick_your_pathway_render' );

	wp_register_script(
		'pick-your-pathway-block',
		plugins_url( 'block-editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render' ),
		PICK_YOUR_PATHWAY_VERSION,
		true
	);
	register_block_type(
		'pick-your-pathway/widget',
		array(
			'api_version'     => 2,
			'editor_script'   => 'pick-your-pathway-block',
			'render_callback' => 'pick_your_pathway_render',
			'attributes'      => array(
				'lang'          => array( 'type' => 'string', 'default' => '' ),
				'heading_level' => array( 'type' => 'string', 'default' => '2' ),
				'mode'          => array( 'type' => 'string', 'default' => '' ),
				'persist'       => array( 'type' => 'string', 'default' => '' ),
				'content_src'   => array( 'type' => 'string', 'default' => '' ),
			),
		)
	);
}
add_action( 'init', 'pick_your_pathway_init' );

/**
 * Adds Subresource Integrity to the widget's script tag, from the hashes shipped beside it.
 *
 * @param string $tag    The script tag.
 * @param string $handle The script's handle.
 * @return string The tag, with integrity and crossorigin when the hash is known.
 */
function pick_your_pathway_integrity( $tag, $handle ) {
	if ( 'pick-your-pathway' !== $handle ) {
		return $tag;
	}
	$file = __DIR__ . '/assets/integrity.json';
	$hashes = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null;
	$hash   = is_array( $hashes ) && isset( $hashes['pick-your-pathway.js'] ) ? $hashes['pick-your-pathway.js'] : '';
	if ( ! preg_match( '/^sha384-[A-Za-z0-9+\/=]+$/', $hash ) ) {
		return $tag;
	}
	return str_replace( ' src=', ' integrity="' . esc_attr( $hash ) . '" crossorigin="anonymous" src=', $tag );
}
add_filter( 'script_loader_tag', 'pick_your_pathway_integrity', 10, 2 );
