package org.openipt.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.openipt.identity.AccountTokenPurpose;
import org.springframework.data.repository.Repository;

interface AccountTokenRepository extends Repository<AccountToken, UUID> {

    AccountToken save(AccountToken token);

    Optional<AccountToken> findBySecretHash(String secretHash);

    List<AccountToken> findByUserIdAndPurposeAndUsedAtIsNullAndRevokedAtIsNull(UUID userId,
            AccountTokenPurpose purpose);
}
