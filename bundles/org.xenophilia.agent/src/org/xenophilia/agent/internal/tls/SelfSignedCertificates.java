package org.xenophilia.agent.internal.tls;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The self-signed certificate of a new {@link AgentIdentity}, made with BouncyCastle. Kept apart so that an Agent
 * that loads its existing identity never loads a BouncyCastle class: their jars are signed, and the first class
 * loaded from each makes the JDK read and verify its whole manifest (a digest per class, thousands of entries,
 * kept on the heap), besides their classes' metaspace. Called through {@link CertificateMaker}, which loads this
 * class in a class loader of its own when BouncyCastle's jars are off the class path (the packaged Agent).
 */
final class SelfSignedCertificates {

    private SelfSignedCertificates() {
    }

    /**
     * @param kp the key pair
     * @param hostName the subject CN and a DNS subject alternative name (with localhost, 127.0.0.1 and ::1)
     * @param validity how long from now (it starts an hour ago, for clock skew)
     * @return the certificate, signed with the pair's private key
     * @throws GeneralSecurityException if it cannot be made
     */
    static X509Certificate create(KeyPair kp, String hostName, Duration validity) throws GeneralSecurityException {
        try {
            return build(kp, hostName, validity);
        } catch (OperatorCreationException | CertIOException e) {
            throw new GeneralSecurityException("cannot create the certificate: " + e.getMessage(), e);
        }
    }

    private static X509Certificate build(KeyPair kp, String hostName, Duration validity)
            throws OperatorCreationException, GeneralSecurityException, CertIOException {
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.O, "Xenophilia Agent")
                .addRDN(BCStyle.CN, hostName).build();
        Instant now = Instant.now();
        BigInteger serial = new BigInteger(127, new SecureRandom()).add(BigInteger.ONE);
        X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(subject, serial,
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(validity)), subject, kp.getPublic());
        JcaX509ExtensionUtils ext = new JcaX509ExtensionUtils();
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        b.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        b.addExtension(Extension.subjectKeyIdentifier, false, ext.createSubjectKeyIdentifier(kp.getPublic()));
        List<GeneralName> names = new ArrayList<>();
        names.add(new GeneralName(GeneralName.dNSName, hostName));
        if (!"localhost".equals(hostName)) {
            names.add(new GeneralName(GeneralName.dNSName, "localhost"));
        }
        names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        names.add(new GeneralName(GeneralName.iPAddress, "::1"));
        b.addExtension(Extension.subjectAlternativeName, false,
                new GeneralNames(names.toArray(new GeneralName[0])));
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withECDSA").build(kp.getPrivate());
        return new JcaX509CertificateConverter().getCertificate(b.build(signer));
    }
}
