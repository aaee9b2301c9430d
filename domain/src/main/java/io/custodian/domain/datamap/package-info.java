/**
 * The data map: the five {@link io.custodian.domain.datamap.Category categories} of the privacy statement, every
 * {@link io.custodian.domain.datamap.ItemKind kind} of stored item in exactly one of them, and the
 * {@link io.custodian.domain.datamap.RetentionRule rules} that end each kind's life, in one
 * {@link io.custodian.domain.datamap.DataMap} read by the persistence adapter, the staff API and the reports.
 * Depends on nothing else in the domain.
 */
package io.custodian.domain.datamap;
