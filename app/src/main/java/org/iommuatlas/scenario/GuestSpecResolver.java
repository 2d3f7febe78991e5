package org.iommuatlas.scenario;

import org.iommuatlas.model.GuestLayout;
import org.iommuatlas.model.ParseException;

/** Turns a preset spec such as {@code virt:ram=4G} into a guest layout (QEMU's layout rules). */
@FunctionalInterface
public interface GuestSpecResolver {
    GuestLayout resolve(String spec) throws ParseException;
}
