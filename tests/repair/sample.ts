export { SAMPLE } from '../support/sample';
