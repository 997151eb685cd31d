package org.openipt.protocol;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.openipt.identity.CurrentUser;
import org.openipt.identity.OrganisationId;
import org.openipt.identity.Role;
import org.openipt.protocol.internal.ProtocolStore;
import org.openipt.shared.NotFoundException;
import org.openipt.shared.RuleViolation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The IPT formats of an organisation. Everybody reads them; administrators add and change them. */
@Service
@Transactional
public class ProtocolCatalog {

    private final ProtocolStore store;

    ProtocolCatalog(ProtocolStore store) {
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<Protocol> protocols(CurrentUser user) {
        return store.all(user.organisationId().value());
    }

    @Transactional(readOnly = true)
    public List<Protocol> activeProtocols(CurrentUser user) {
        return protocols(user).stream().filter(Protocol::active).toList();
    }

    @Transactional(readOnly = true)
    public Protocol protocol(OrganisationId organisation, ProtocolId id) {
        return store.find(organisation.value(), id.value()).orElseThrow(() -> new NotFoundException("protocol"));
    }

    @Transactional(readOnly = true)
    public Protocol protocolByCode(OrganisationId organisation, String code) {
        return store.findByCode(organisation.value(), code).orElseThrow(() -> new NotFoundException("protocol"));
    }

    public void change(CurrentUser admin, ProtocolId id, @Nullable String customName, ProtocolSettings settings,
            boolean active, long version) {
        requireAdmin(admin);
        requireConsistent(settings);
        if (!store.update(admin.organisationId().value(), id.value(), customName, settings, active, version)) {
            throw new NotFoundException("protocol");
        }
    }

    public ProtocolId add(CurrentUser admin, String name, ProtocolSettings settings) {
        requireAdmin(admin);
        if (name.isBlank()) {
            throw new RuleViolation("protocol.name.required");
        }
        requireConsistent(settings);
        String code = "CUSTOM_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return store.create(admin.organisationId().value(), code, name, settings).id();
    }

    private static void requireConsistent(ProtocolSettings settings) {
        RuleViolation.throwIfAny(settings.problems());
    }

    private static void requireAdmin(CurrentUser user) {
        if (user.role() != Role.ADMIN) {
            throw new AccessDeniedException("administrators only");
        }
    }
}
