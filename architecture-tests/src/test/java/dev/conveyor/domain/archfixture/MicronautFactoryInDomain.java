package dev.conveyor.domain.archfixture;

import io.micronaut.context.annotation.Factory;

/** Breaks the framework-free core: a Micronaut annotation on a domain class. */
@Factory
public class MicronautFactoryInDomain {
}
