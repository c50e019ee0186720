export { SAMPLES, SAMPLE } from '../support/sample';
