package com.meike.privacy.consent.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.consent.application.ConsentCheck;
import com.meike.privacy.consent.application.ConsentLedger;
import jakarta.persistence.Column;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The ledger and the exception register cannot be changed or emptied through any API (CON-1): no
 * method changes an entry, no repository or service updates or deletes one, and every mapped column
 * is written on insert only.
 */
class LedgerIsAppendOnlyTest {

  static final List<String> CHANGING_WORDS =
      List.of(
          "update", "delete", "remove", "erase", "purge", "clear", "set", "change", "edit",
          "correct");

  @Test
  void an_entry_has_no_method_that_changes_it() {
    for (Class<?> type : List.of(ConsentEntry.class, ExceptionUse.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
          assertThat(method.getParameterCount())
              .as(type.getSimpleName() + "." + method.getName() + " must be a reader")
              .isEqualTo(method.getName().equals("equals") ? 1 : 0);
        }
      }
    }
  }

  @Test
  void every_column_is_written_on_insert_only() {
    for (Class<?> type : List.of(ConsentEntry.class, ExceptionUse.class)) {
      for (Field field : type.getDeclaredFields()) {
        Column column = field.getAnnotation(Column.class);
        if (column != null) {
          assertThat(column.updatable()).as(type.getSimpleName() + "." + field.getName()).isFalse();
        }
      }
    }
  }

  @Test
  void no_repository_or_service_can_change_or_remove_an_entry() {
    assertThat(methodNames(ConsentEntryRepository.class))
        .containsExactlyInAnyOrder("append", "appendAll", "latest", "latestOf", "history");
    assertThat(methodNames(ExceptionUseRepository.class))
        .containsExactlyInAnyOrder("nextId", "store", "find", "forSubject");
    Stream.of(ConsentLedger.class, ConsentCheck.class, ConsentEntryRepository.class)
        .flatMap(type -> methodNames(type).stream())
        .forEach(
            name ->
                assertThat(CHANGING_WORDS)
                    .as(name)
                    .noneMatch(word -> name.toLowerCase().startsWith(word)));
  }

  static List<String> methodNames(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(method -> !method.isSynthetic())
        .map(Method::getName)
        .toList();
  }
}
