package com.meike.privacy.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.meike.privacy.kernel.persistence.ContextSchema;
import com.meike.privacy.kernel.persistence.SchemaMigration;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Schema migration has one way: each context registers a {@link ContextSchema}; nobody else
 * migrates.
 */
class SchemaArchitectureTest {

  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.meike.privacy");
  }

  @Test
  @DisplayName("only the kernel's ContextSchema runs Flyway migrations")
  void onlyContextSchemaMigrates() {
    noClasses()
        .that()
        .doNotBelongToAnyOf(ContextSchema.class, SchemaMigration.class)
        .should()
        .callMethod(
            SchemaMigration.class,
            "migrate",
            javax.sql.DataSource.class,
            String.class,
            ClassLoader.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("org.flywaydb..")
        .check(classes);
  }

  @Test
  @DisplayName(
      "every context's schema registration is a start-up singleton in infrastructure.persistence")
  void registrationsAreStartupSingletons() {
    classes()
        .that()
        .areAssignableTo(ContextSchema.class)
        .and()
        .doNotHaveFullyQualifiedName(ContextSchema.class.getName())
        .should()
        .beAnnotatedWith(Startup.class)
        .andShould()
        .beAnnotatedWith(Singleton.class)
        .andShould()
        .beAnnotatedWith(TransactionManagement.class)
        .andShould()
        .resideInAPackage("..infrastructure.persistence..")
        .andShould()
        .haveSimpleNameEndingWith("Schema")
        .check(classes);
  }

  @Test
  @DisplayName("each schema registration migrates its own context, and no context registers twice")
  void everyContextRegistersOnce() throws ReflectiveOperationException {
    List<String> registered = new ArrayList<>();
    for (JavaClass c : classes) {
      if (c.isAssignableTo(ContextSchema.class) && !c.isEquivalentTo(ContextSchema.class)) {
        String context = ((ContextSchema) c.reflect().getConstructor().newInstance()).context();
        assertThat(c.getPackageName()).startsWith("com.meike.privacy." + context + ".");
        registered.add(context);
      }
    }
    assertThat(registered).doesNotHaveDuplicates().containsAll(ArchitectureTest.CONTEXTS);
  }
}
