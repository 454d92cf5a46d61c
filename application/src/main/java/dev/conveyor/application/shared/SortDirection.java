package dev.conveyor.application.shared;

public enum SortDirection { ASC, DESC }
