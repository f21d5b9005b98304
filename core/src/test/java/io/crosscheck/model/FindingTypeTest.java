package io.crosscheck.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindingTypeTest {
  @Test
  void builtInNamesGiveTheConstants() {
    assertThat(FindingType.of("NUMERIC_CONFLICT")).isSameAs(FindingType.NUMERIC_CONFLICT);
    assertThat(FindingType.of("QUOTE_MISMATCH").builtIn()).isTrue();
    assertThat(FindingType.builtIns()).extracting(FindingType::name)
        .containsExactly("NUMERIC_CONFLICT", "ACCOUNT_DISPUTE", "OMISSION", "QUOTE_MISMATCH");
  }

  @Test
  void customKindsAreEqualByNameAndSortAfterBuiltIns() {
    FindingType custom = FindingType.of("HEADLINE_MISMATCH");
    assertThat(custom).isEqualTo(FindingType.of("HEADLINE_MISMATCH")).hasSameHashCodeAs(FindingType.of("HEADLINE_MISMATCH"));
    assertThat(custom.builtIn()).isFalse();
    List<FindingType> types = new ArrayList<>(List.of(FindingType.of("ZEBRA"), custom, FindingType.QUOTE_MISMATCH,
        FindingType.NUMERIC_CONFLICT, FindingType.of("AARDVARK")));
    Collections.sort(types);
    assertThat(types).extracting(FindingType::name)
        .containsExactly("NUMERIC_CONFLICT", "QUOTE_MISMATCH", "AARDVARK", "HEADLINE_MISMATCH", "ZEBRA");
  }

  @Test
  void rejectsNamesThatAreNotUpperSnakeCase() {
    for (String bad : List.of("", "lower_case", "TRAILING_", "_LEADING", "TWO__UNDERSCORES", "SPACE IN", "A".repeat(65))) {
      assertThatThrownBy(() -> FindingType.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("upper-case words");
    }
  }
}
