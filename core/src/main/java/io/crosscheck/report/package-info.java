/**
 * Reports as files: {@link io.crosscheck.report.Reports} writes a {@link io.crosscheck.model.Report}
 * as the schemaVersion 1 JSON (the schema ships as {@value io.crosscheck.report.Reports#SCHEMA_RESOURCE})
 * and reads such JSON back.
 */
package io.crosscheck.report;
