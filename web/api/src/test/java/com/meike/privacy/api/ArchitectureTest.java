package com.meike.privacy.api;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.meike.privacy.kernel.crypto.FieldCipher;
import com.meike.privacy.kernel.crypto.Key;
import com.meike.privacy.kernel.crypto.KeySet;
import com.meike.privacy.kernel.crypto.KeyedHash;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.enterprise.inject.Produces;
import jakarta.persistence.Entity;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
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
  @DisplayName("DATA-3: only the kernel builds ciphers; every context seals with the kernel's facility")
  void onlyTheKernelBuildsCiphers() {
    noClasses().that().resideOutsideOfPackage("com.meike.privacy.kernel.crypto..")
        .should().dependOnClassesThat().resideInAPackage("javax.crypto..")
        .because("keys and sealing are defined once, in the kernel (README, Keys and sealing)")
        .check(classes);
  }

  @Test
  @DisplayName("DATA-3: no context reads another context's keys")
  void noContextReadsAnotherContextsKeys() {
    fields().that().areAnnotatedWith(Key.class)
        .should(new ArchCondition<JavaField>("name a key set of their own context (meike.<context>.…)") {
          @Override
          public void check(JavaField field, ConditionEvents events) {
            String keySet = field.getAnnotationOfType(Key.class).value();
            String owner = field.getOwner().getPackageName();
            String context = KeySet.contextOf(keySet);
            if (context.isEmpty() || !owner.startsWith("com.meike.privacy." + context + ".")) {
              events.add(SimpleConditionEvent.violated(field,
                  field.getFullName() + " in " + owner + " reads key set " + keySet));
            }
          }
        })
        .check(classes);
    noMethods().that().areAnnotatedWith(Key.class).or().areAnnotatedWith(Produces.class)
        .and().areDeclaredInClassesThat().resideOutsideOfPackage("com.meike.privacy.kernel.crypto..")
        .should(new ArchCondition<JavaMethod>("produce key sets (only the kernel's KeySets does)") {
          @Override
          public void check(JavaMethod method, ConditionEvents events) {
            boolean keyMaterial = List.of(FieldCipher.class.getName(), KeyedHash.class.getName(), KeySet.class.getName())
                .contains(method.getRawReturnType().getName());
            events.add(new SimpleConditionEvent(method, keyMaterial, method.getFullName() + " produces key material"));
          }
        })
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void theWebLayerDoesNotTouchPersistence() {
    noClasses().that().resideInAPackage("com.meike.privacy.api..")
        .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
        .check(classes);
  }
}
