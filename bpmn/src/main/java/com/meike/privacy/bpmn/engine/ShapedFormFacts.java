package com.meike.privacy.bpmn.engine;

import java.util.Objects;
import java.util.Set;

/**
 * The part every process's {@link FormFacts} shares: its process key, business groups, fact names
 * and personal inputs, given once as a {@link Shape}. A process adds only how it loads its facts.
 */
public abstract class ShapedFormFacts implements FormFacts {

  /** What a process's forms show and take, besides how the facts are loaded. */
  public record Shape(
      String processKey,
      Set<String> businessGroups,
      Set<String> factNames,
      Set<String> personalInputs) {
    public Shape {
      Objects.requireNonNull(processKey, "processKey");
      businessGroups = Set.copyOf(businessGroups);
      factNames = Set.copyOf(factNames);
      personalInputs = Set.copyOf(personalInputs);
    }
  }

  private final Shape shape;

  protected ShapedFormFacts(Shape shape) {
    this.shape = Objects.requireNonNull(shape, "shape");
  }

  @Override
  public String processKey() {
    return shape.processKey();
  }

  @Override
  public Set<String> businessGroups() {
    return shape.businessGroups();
  }

  @Override
  public Set<String> factNames() {
    return shape.factNames();
  }

  @Override
  public Set<String> personalInputs() {
    return shape.personalInputs();
  }
}
