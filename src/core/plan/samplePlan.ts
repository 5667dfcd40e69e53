import text from "../../../seeds/000_786393e0dca0e6d8.txt";

/**
 * The embedded default plan: xã Đại Lãnh's 2024 PAR INDEX / SIPAS remedy plan, in the seed's
 * text format. Bundled as a string so the sheet can import it with one click.
 */
export const SAMPLE_PLAN_TEXT: string = text;
export const SAMPLE_PLAN_NAME = "Đại Lãnh 2024";
