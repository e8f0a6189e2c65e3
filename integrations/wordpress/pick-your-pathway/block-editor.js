/* The "Pick Your Pathway" block in the editor: its settings, and a preview drawn by the server. */
(function (wp) {
  var el = wp.element.createElement;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var components = wp.components;
  var ServerSideRender = wp.serverSideRender;

  wp.blocks.registerBlockType('pick-your-pathway/widget', {
    apiVersion: 2,
    title: 'Pick Your Pathway',
    description: 'A decision wizard for first responder deflection pathways.',
    icon: 'randomize',
    category: 'widgets',
    attributes: {
      lang: { type: 'string', default: '' },
      heading_level: { type: 'string', default: '2' },
      mode: { type: 'string', default: '' },
      persist: { type: 'string', default: '' },
      content_src: { type: 'string', default: '' },
    },
    edit: function (props) {
      var a = props.attributes;
      var set = function (name) {
        return function (value) {
          var change = {};
          change[name] = value;
          props.setAttributes(change);
        };
      };
      return el(
        'div',
        wp.blockEditor.useBlockProps(),
        el(
          InspectorControls,
          null,
          el(
            components.PanelBody,
            { title: 'Settings' },
            el(components.SelectControl, {
              label: 'Language',
              value: a.lang,
              options: [
                { label: "The page's language", value: '' },
                { label: 'English', value: 'en' },
                { label: 'Español', value: 'es' },
              ],
              onChange: set('lang'),
            }),
            el(components.SelectControl, {
              label: 'Heading level',
              value: a.heading_level,
              options: ['2', '3', '4', '5', '6'].map(function (n) {
                return { label: 'H' + n, value: n };
              }),
              onChange: set('heading_level'),
            }),
            el(components.ToggleControl, {
              label: 'Presenter mode (workshops)',
              checked: a.mode === 'presenter',
              onChange: function (on) {
                props.setAttributes({ mode: on ? 'presenter' : '' });
              },
            }),
            el(components.TextControl, {
              label: 'Saved-progress key ("off" to disable)',
              value: a.persist,
              onChange: set('persist'),
            }),
            el(components.TextControl, {
              label: 'Content override address (JSON)',
              value: a.content_src,
              onChange: set('content_src'),
            }),
          ),
        ),
        el(ServerSideRender, { block: 'pick-your-pathway/widget', attributes: a }),
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp);
