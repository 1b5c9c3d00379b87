// Generates custom-elements.json from the TSDoc of the element classes (@summary, @csspart,
// @cssproperty, @fires, @attr). Storybook and IDEs read it.
export default {
  globs: ['src/*/*.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.styles.ts',
    'src/**/svg.ts',
    'src/**/geometry.ts',
    'src/**/*.config.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // Internal reactive state (`_lang`, `_width`, …) is not API; neither is the generic emit helper.
      name: 'smartcity-hide-internals',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const d of mod.declarations ?? []) {
            if (d.attributes)
              d.attributes = d.attributes.filter(
                (a) => !a.name.startsWith('_') && !a.fieldName?.startsWith('_'),
              );
            if (d.members)
              d.members = d.members.filter(
                (m) => !m.name.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected',
              );
            if (d.events) d.events = d.events.filter((e) => e.name?.startsWith('sc-'));
          }
        }
      },
    },
  ],
};
