package org.xenophilia.agent.internal.api;

import java.nio.file.Path;
import java.util.Optional;

import org.xenophilia.agent.internal.image.DeploymentVolumes;
import org.xenophilia.agent.internal.image.ImageErrors;
import org.xenophilia.agent.internal.storage.StorageRepositories.Sr;
import org.xenophilia.storage.DiskFormat;
import org.xenophilia.storage.Repository;
import org.xenophilia.storage.StorageException;
import org.xenophilia.storage.Volume;
import org.xenophilia.storage.VolumeNames;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.Ref;
import org.xenophilia.xenapi.XenApiException;

/**
 * The registered repositories as deployments use them: a new raw volume made, published and destroyed as
 * {@code VDI.create} and {@code VDI.destroy} do it (the VDI's event, the SR's), with the storage's own errors.
 */
final class RegisteredVolumes implements DeploymentVolumes {

    private final RegisteredStorage storage;
    private final EventHub events;

    RegisteredVolumes(RegisteredStorage storage, EventHub events) {
        this.storage = storage;
        this.events = events;
    }

    @Override
    public DeploymentVolumes.Destination repository(String ref) throws XenApiException {
        Sr sr = storage.sr(ref);
        if (sr.repository().isEmpty()) {
            throw invalid("SR", "the SR " + sr.entry().nameLabel() + " is not plugged");
        }
        try {
            if (!storage.srs.backend(sr.entry().type()).formats().contains(DiskFormat.RAW)) {
                throw invalid("SR", "the SR " + sr.entry().nameLabel() + " cannot hold a raw volume");
            }
            return new DeploymentVolumes.Destination(sr.entry().uuid(), sr.entry().type(),
                    sr.repository().get().space().free());
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        }
    }

    @Override
    public void checkName(DeploymentVolumes.Destination sr, String name) throws XenApiException {
        try {
            VolumeNames.check(name);
            if (attached(sr.uuid()).volume(name).isPresent()) {
                throw invalid("name_label", "the SR has a volume named " + name + " already");
            }
        } catch (StorageException e) {
            throw invalid("name_label", String.valueOf(e.getMessage()));
        }
    }

    @Override
    public Path create(DeploymentVolumes.Destination sr, String name, long size) throws XenApiException {
        Sr registered = registered(sr.uuid());
        try {
            Repository r = attached(sr.uuid());
            Volume v = r.createVolume(name, size, DiskFormat.RAW);
            String target = r.resolve(v.name()).target();
            events.created("VDI", storage.indexed(registered, v.name(), target));
            events.changed("SR", storage.srRef(sr.uuid()));
            return Path.of(target);
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        }
    }

    @Override
    public void destroy(String srUuid, String name) throws XenApiException {
        Sr sr = registered(srUuid);
        try {
            Repository r = attached(srUuid);
            Optional<Volume> v = r.volume(name);
            if (v.isEmpty()) {
                return;
            }
            RegisteredStorage.Found f = new RegisteredStorage.Found(sr, v.get(), r.resolve(name).target());
            Ref ref = storage.vdiRef(f.target());
            r.destroyVolume(name);
            storage.destroyed(f);
            events.deleted("VDI", ref);
            events.changed("SR", storage.srRef(srUuid));
        } catch (StorageException e) {
            throw RegisteredStorage.xapi(e);
        }
    }

    private Sr registered(String uuid) throws XenApiException {
        return storage.srs.get(uuid).orElseThrow(() -> ErrorCode.HANDLE_INVALID.exception("SR", uuid));
    }

    private Repository attached(String uuid) throws StorageException {
        return storage.srs.attached(uuid);
    }

    /** Only called in a deployment, so only with the image SPI on the class path. */
    private static XenApiException invalid(String field, String words) {
        return ImageErrors.invalid(field, words);
    }
}
