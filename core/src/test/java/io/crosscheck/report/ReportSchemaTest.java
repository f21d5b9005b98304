package io.crosscheck.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.crosscheck.Crosscheck;
import io.crosscheck.model.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every report the repository holds, and every report the writer makes of testdata, is valid against the shipped schema. */
class ReportSchemaTest {
  private static final Path TESTDATA = Path.of("../testdata");
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
      .getSchema(Reports.jsonSchema());

  static Stream<Path> goldenReports() throws IOException {
    try (Stream<Path> files = Files.walk(TESTDATA)) {
      List<Path> reports = files.filter(p -> p.getFileName().toString().equals("expected-report.json")).sorted().toList();
      assertThat(reports).as("golden reports under " + TESTDATA).isNotEmpty();
      return reports.stream();
    }
  }

  private static Set<ValidationMessage> violations(String json) throws IOException {
    return SCHEMA.validate(MAPPER.readTree(json));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenReports")
  void goldenReportIsValid(Path report) throws IOException {
    assertThat(violations(Files.readString(report))).isEmpty();
  }

  /** The cases' written reports are their golden files (GoldenCasesTest); testdata/bad adds input errors. */
  @Test
  void reportWithInputErrorsIsValid() throws IOException {
    Report report = Crosscheck.withDefaults().check(List.of(TESTDATA.resolve("bad")));
    assertThat(report.errors()).isNotEmpty();
    assertThat(violations(Reports.toJson(report))).isEmpty();
  }

  @Test
  void schemaRejectsADroppedFieldAndAWrongEnum() throws IOException {
    JsonNode sample = MAPPER.readTree(ReportSchemaTest.class.getResourceAsStream("sample-report.json"));
    assertThat(SCHEMA.validate(sample)).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) sample.get("figures").get(0)).remove("qualifier");
    ((com.fasterxml.jackson.databind.node.ObjectNode) sample.get("attributions").get(0)).put("mode", "SHOUTED");
    assertThat(SCHEMA.validate(sample)).extracting(ValidationMessage::getMessage)
        .anySatisfy(m -> assertThat(m).contains("qualifier"))
        .anySatisfy(m -> assertThat(m).contains("mode"));
  }
}
