package dev.conveyor.application.common;

public enum SortDirection { ASC, DESC }
