package com.meike.privacy.api;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The house rules of architecture.md, checked on every build (this module sees every context). */
class ArchitectureTest {

  static final List<String> CONTEXTS =
      List.of(
          "audit", "identity", "order", "recording", "consent", "partner", "incidents", "lawful",
          "notification");
  static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("com.meike.privacy");
  }

  @Test
  void onlyTheBpmnModuleUsesTheCamundaApi() {
    noClasses().that().resideOutsideOfPackages("com.meike.privacy.bpmn..", "com.meike.privacy.enginerest..")
        .should().dependOnClassesThat().resideInAPackage("org.camunda..")
        .check(classes);
  }

  @Test
  void domainCodeDoesNotDependOnInfrastructureOrTheWeb() {
    noClasses().that().resideInAPackage("..domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "..infrastructure..", "..application..", "jakarta.ws.rs..", "jakarta.jms..", "com.meike.privacy.api..")
        .check(classes);
  }

  @Test
  void contextsDoNotReachIntoEachOthersInternals() {
    for (String context : CONTEXTS) {
      String inside = "com.meike.privacy." + context + "..";
      noClasses().that().resideOutsideOfPackage(inside)
          .should().dependOnClassesThat().resideInAnyPackage(
              "com.meike.privacy." + context + ".application.internal..",
              "com.meike.privacy." + context + ".infrastructure..")
          .because("a context's public face is its service interfaces and events")
          .check(classes);
      noClasses().that().resideOutsideOfPackage(inside)
          .should().dependOnClassesThat(describe(context + " entities",
              (JavaClass c) -> c.getPackageName().startsWith("com.meike.privacy." + context)
                  && c.isAnnotatedWith(Entity.class)))
          .because("other contexts refer to a context's records by id only")
          .check(classes);
    }
  }

  @Test
  void theWebLayerDoesNotTouchPersistence() {
    noClasses().that().resideInAPackage("com.meike.privacy.api..")
        .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
        .check(classes);
  }
}
