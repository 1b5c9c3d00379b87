// `@smartcity/model/samples`: an illustrative sample masterplan and a generator of synthetic ones. Kept out
// of the main entry so that applications that only parse documents do not ship the sample data.
export type { GenerateOptions } from './generate.js';
export { generateMasterplan, generateNationalSet, PROGRAMME_COHORTS } from './generate.js';
export { MINAHASA_SAMPLE } from './minahasa.js';
export { MINAHASA_SELF_ASSESSMENT_2022 } from './minahasa-self-assessment.js';
export { asOlderVersion, ILLUSTRATIVE_CROSSWALK, ILLUSTRATIVE_OLDER_FRAMEWORK } from './older-version.js';
