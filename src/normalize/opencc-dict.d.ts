// opencc-js publishes its dictionaries as untyped ES modules under dist/esm-lib/dict.
declare module "opencc-js/dict/*" {
  const dictionary: string;
  export default dictionary;
}
