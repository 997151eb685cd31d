package org.openipt.referral.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.CrudRepository;

interface SettingsRepository extends CrudRepository<SettingsRow, UUID> {

    Optional<SettingsRow> findByCode(String code);
}
