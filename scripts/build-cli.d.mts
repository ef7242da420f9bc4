// Types of scripts/build-cli.mjs for the TypeScript scripts that call it (bench-cli, tests).
export declare const CLI_BUNDLE: string;
export declare const CLI_META: string;
export declare function buildCli(): Promise<string>;
