package org.iommuatlas.analysis;

/**
 * Whether one host device can be handed to VFIO at all, before any layout question.
 *
 * @param device a device name, or {@code group <N>} when only the group is known
 */
public record DeviceVerdict(String device, int group, boolean assignable, String reason) {
}
