// Jest on Node 20 cannot require ES modules, and NestJS 12 and a few of its peers ship only ESM.
// This transform turns those packages (not our code: ts-jest compiles that) into CommonJS for tests.

/** `import.meta.url` → a file URL from __filename (without `require`, which some modules shadow). */
function importMetaUrlToFilename({ types: t }) {
  return {
    visitor: {
      MemberExpression(path) {
        const { object, property } = path.node;
        if (t.isMetaProperty(object) && object.meta.name === 'import' && t.isIdentifier(property, { name: 'url' })) {
          path.replaceWith(t.binaryExpression('+', t.stringLiteral('file://'), t.identifier('__filename')));
        }
      },
    },
  };
}

module.exports = {
  plugins: [importMetaUrlToFilename, '@babel/plugin-transform-dynamic-import', '@babel/plugin-transform-modules-commonjs'],
};
