/**
 * Deliberately broken classes placed where production code would live, so
 * that {@code RulesCanFailTest} can show each rule rejecting them. The rules
 * proper never see these: they import production classes only.
 */
package dev.conveyor.domain.archfixture;
