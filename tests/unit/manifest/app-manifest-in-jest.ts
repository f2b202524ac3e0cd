// @microsoft/app-manifest requires strip-bom 5, an ES module. Node 20.19+ loads it (so `npm run package`
// works), but Jest's CommonJS runtime cannot. This stand-in does what strip-bom does. Import this file
// before anything that loads @microsoft/app-manifest.
jest.mock('../../../node_modules/@microsoft/app-manifest/node_modules/strip-bom', () => ({
  __esModule: true,
  default: (text: string) => text.replace(/^\uFEFF/, ''),
}));
