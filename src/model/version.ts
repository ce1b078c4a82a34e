/**
 * Version of the model's arithmetic. Raise it whenever a figure for the same inputs
 * changes, so an exported manifest says which model produced its figures.
 */
export const MODEL_VERSION = '1';
