/** Element names (`stats`, `agenda`, …): folders of src/components/ with a `ct-<name>.ts`. */
export declare const ELEMENT_NAMES: readonly string[];
