/** Text files bundled as strings (the embedded sample plan). */
declare module "*.txt" {
  const text: string;
  export default text;
}
