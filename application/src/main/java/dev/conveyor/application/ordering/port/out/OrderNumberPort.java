package dev.conveyor.application.ordering.port.out;

/** Hands out order sequence numbers: unique, increasing, never reused (gaps are allowed). */
public interface OrderNumberPort {

    long nextOrderSequence();
}
