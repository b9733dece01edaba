// Stylesheets imported as text (build.mjs minifies them; jest reads them as they are).
declare module "*.css" {
  const text: string;
  export default text;
}
