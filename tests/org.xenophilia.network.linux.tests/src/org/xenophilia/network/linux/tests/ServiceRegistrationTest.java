package org.xenophilia.network.linux.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xenophilia.network.host.HostNetworkingContext;
import org.xenophilia.network.host.HostNetworkingType;
import org.xenophilia.network.host.NetworkException;
import org.xenophilia.network.host.NetworkHostApi;
import org.xenophilia.network.linux.internal.LinuxNetworkingType;

/** The Agent finds the Linux type as it finds storage backends, and a host without its tools says which is missing. */
class ServiceRegistrationTest {

    @TempDir
    Path state;

    @Test
    void theTypeIsFoundThroughItsServicesFile() {
        List<HostNetworkingType> found = ServiceLoader.load(HostNetworkingType.class,
                LinuxNetworkingType.class.getClassLoader()).stream().map(ServiceLoader.Provider::get).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("linux", found.get(0).name());
        assertTrue(NetworkHostApi.runs(found.get(0).apiVersion()));
    }

    @Test
    void aMissingToolIsNamed() {
        NetworkException e = org.junit.jupiter.api.Assertions.assertThrows(NetworkException.class,
                () -> new LinuxNetworkingType().open(new HostNetworkingContext(state, Map.of("nft",
                        "/nonexistent/nft"), List.of())));
        assertEquals(NetworkException.Kind.UNAVAILABLE, e.kind());
        assertTrue(e.getMessage().startsWith("/nonexistent/nft is not installed"), e.getMessage());
    }
}
