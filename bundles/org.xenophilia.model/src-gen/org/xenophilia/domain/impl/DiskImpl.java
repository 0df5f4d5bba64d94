/**
 * Generated from model/domain.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.domain.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.EObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.xenophilia.domain.Disk;
import org.xenophilia.domain.DiskAccess;
import org.xenophilia.domain.DiskBackendType;
import org.xenophilia.domain.DiskDeviceType;
import org.xenophilia.domain.DiskFormat;
import org.xenophilia.domain.DomainPackage;
import org.xenophilia.domain.XlParam;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Disk</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getXlParams <em>Xl Params</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getAccess <em>Access</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getBackend <em>Backend</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getBackendtype <em>Backendtype</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getDevtype <em>Devtype</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getFormat <em>Format</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getScript <em>Script</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getStorageBackend <em>Storage Backend</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getTarget <em>Target</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getVdev <em>Vdev</em>}</li>
 *   <li>{@link org.xenophilia.domain.impl.DiskImpl#getVolume <em>Volume</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DiskImpl extends EObjectImpl implements Disk {
	/**
	 * The cached value of the '{@link #getXlParams() <em>Xl Params</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getXlParams()
	 * @generated
	 * @ordered
	 */
	protected EList<XlParam> xlParams;

	/**
	 * The default value of the '{@link #getAccess() <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccess()
	 * @generated
	 * @ordered
	 */
	protected static final DiskAccess ACCESS_EDEFAULT = DiskAccess.RO;

	/**
	 * The cached value of the '{@link #getAccess() <em>Access</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAccess()
	 * @generated
	 * @ordered
	 */
	protected DiskAccess access = ACCESS_EDEFAULT;

	/**
	 * This is true if the Access attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean accessESet;

	/**
	 * The default value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected static final String BACKEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBackend() <em>Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackend()
	 * @generated
	 * @ordered
	 */
	protected String backend = BACKEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBackendtype() <em>Backendtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendtype()
	 * @generated
	 * @ordered
	 */
	protected static final DiskBackendType BACKENDTYPE_EDEFAULT = DiskBackendType.PHY;

	/**
	 * The cached value of the '{@link #getBackendtype() <em>Backendtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBackendtype()
	 * @generated
	 * @ordered
	 */
	protected DiskBackendType backendtype = BACKENDTYPE_EDEFAULT;

	/**
	 * This is true if the Backendtype attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean backendtypeESet;

	/**
	 * The default value of the '{@link #getDevtype() <em>Devtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevtype()
	 * @generated
	 * @ordered
	 */
	protected static final DiskDeviceType DEVTYPE_EDEFAULT = DiskDeviceType.DISK;

	/**
	 * The cached value of the '{@link #getDevtype() <em>Devtype</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDevtype()
	 * @generated
	 * @ordered
	 */
	protected DiskDeviceType devtype = DEVTYPE_EDEFAULT;

	/**
	 * This is true if the Devtype attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean devtypeESet;

	/**
	 * The default value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected static final DiskFormat FORMAT_EDEFAULT = DiskFormat.RAW;

	/**
	 * The cached value of the '{@link #getFormat() <em>Format</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFormat()
	 * @generated
	 * @ordered
	 */
	protected DiskFormat format = FORMAT_EDEFAULT;

	/**
	 * This is true if the Format attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean formatESet;

	/**
	 * The default value of the '{@link #getScript() <em>Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScript()
	 * @generated
	 * @ordered
	 */
	protected static final String SCRIPT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScript() <em>Script</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScript()
	 * @generated
	 * @ordered
	 */
	protected String script = SCRIPT_EDEFAULT;

	/**
	 * The default value of the '{@link #getStorageBackend() <em>Storage Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageBackend()
	 * @generated
	 * @ordered
	 */
	protected static final String STORAGE_BACKEND_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStorageBackend() <em>Storage Backend</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStorageBackend()
	 * @generated
	 * @ordered
	 */
	protected String storageBackend = STORAGE_BACKEND_EDEFAULT;

	/**
	 * The default value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTarget() <em>Target</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTarget()
	 * @generated
	 * @ordered
	 */
	protected String target = TARGET_EDEFAULT;

	/**
	 * The default value of the '{@link #getVdev() <em>Vdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVdev()
	 * @generated
	 * @ordered
	 */
	protected static final String VDEV_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVdev() <em>Vdev</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVdev()
	 * @generated
	 * @ordered
	 */
	protected String vdev = VDEV_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected static final String VOLUME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getVolume() <em>Volume</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolume()
	 * @generated
	 * @ordered
	 */
	protected String volume = VOLUME_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiskImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return DomainPackage.Literals.DISK;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<XlParam> getXlParams() {
		if (xlParams == null) {
			xlParams = new EObjectContainmentEList<XlParam>(XlParam.class, this, DomainPackage.DISK__XL_PARAMS);
		}
		return xlParams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskAccess getAccess() {
		return access;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAccess(DiskAccess newAccess) {
		DiskAccess oldAccess = access;
		access = newAccess == null ? ACCESS_EDEFAULT : newAccess;
		boolean oldAccessESet = accessESet;
		accessESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__ACCESS, oldAccess, access, !oldAccessESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetAccess() {
		DiskAccess oldAccess = access;
		boolean oldAccessESet = accessESet;
		access = ACCESS_EDEFAULT;
		accessESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DISK__ACCESS, oldAccess, ACCESS_EDEFAULT, oldAccessESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetAccess() {
		return accessESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBackend() {
		return backend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackend(String newBackend) {
		String oldBackend = backend;
		backend = newBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__BACKEND, oldBackend, backend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskBackendType getBackendtype() {
		return backendtype;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBackendtype(DiskBackendType newBackendtype) {
		DiskBackendType oldBackendtype = backendtype;
		backendtype = newBackendtype == null ? BACKENDTYPE_EDEFAULT : newBackendtype;
		boolean oldBackendtypeESet = backendtypeESet;
		backendtypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__BACKENDTYPE, oldBackendtype, backendtype, !oldBackendtypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetBackendtype() {
		DiskBackendType oldBackendtype = backendtype;
		boolean oldBackendtypeESet = backendtypeESet;
		backendtype = BACKENDTYPE_EDEFAULT;
		backendtypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DISK__BACKENDTYPE, oldBackendtype, BACKENDTYPE_EDEFAULT, oldBackendtypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetBackendtype() {
		return backendtypeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskDeviceType getDevtype() {
		return devtype;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDevtype(DiskDeviceType newDevtype) {
		DiskDeviceType oldDevtype = devtype;
		devtype = newDevtype == null ? DEVTYPE_EDEFAULT : newDevtype;
		boolean oldDevtypeESet = devtypeESet;
		devtypeESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__DEVTYPE, oldDevtype, devtype, !oldDevtypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetDevtype() {
		DiskDeviceType oldDevtype = devtype;
		boolean oldDevtypeESet = devtypeESet;
		devtype = DEVTYPE_EDEFAULT;
		devtypeESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DISK__DEVTYPE, oldDevtype, DEVTYPE_EDEFAULT, oldDevtypeESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetDevtype() {
		return devtypeESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiskFormat getFormat() {
		return format;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFormat(DiskFormat newFormat) {
		DiskFormat oldFormat = format;
		format = newFormat == null ? FORMAT_EDEFAULT : newFormat;
		boolean oldFormatESet = formatESet;
		formatESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__FORMAT, oldFormat, format, !oldFormatESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetFormat() {
		DiskFormat oldFormat = format;
		boolean oldFormatESet = formatESet;
		format = FORMAT_EDEFAULT;
		formatESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, DomainPackage.DISK__FORMAT, oldFormat, FORMAT_EDEFAULT, oldFormatESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetFormat() {
		return formatESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getScript() {
		return script;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScript(String newScript) {
		String oldScript = script;
		script = newScript;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__SCRIPT, oldScript, script));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStorageBackend() {
		return storageBackend;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStorageBackend(String newStorageBackend) {
		String oldStorageBackend = storageBackend;
		storageBackend = newStorageBackend;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__STORAGE_BACKEND, oldStorageBackend, storageBackend));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTarget() {
		return target;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTarget(String newTarget) {
		String oldTarget = target;
		target = newTarget;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__TARGET, oldTarget, target));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVdev() {
		return vdev;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVdev(String newVdev) {
		String oldVdev = vdev;
		vdev = newVdev;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__VDEV, oldVdev, vdev));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getVolume() {
		return volume;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolume(String newVolume) {
		String oldVolume = volume;
		volume = newVolume;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, DomainPackage.DISK__VOLUME, oldVolume, volume));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case DomainPackage.DISK__XL_PARAMS:
				return ((InternalEList<?>)getXlParams()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case DomainPackage.DISK__XL_PARAMS:
				return getXlParams();
			case DomainPackage.DISK__ACCESS:
				return getAccess();
			case DomainPackage.DISK__BACKEND:
				return getBackend();
			case DomainPackage.DISK__BACKENDTYPE:
				return getBackendtype();
			case DomainPackage.DISK__DEVTYPE:
				return getDevtype();
			case DomainPackage.DISK__FORMAT:
				return getFormat();
			case DomainPackage.DISK__SCRIPT:
				return getScript();
			case DomainPackage.DISK__STORAGE_BACKEND:
				return getStorageBackend();
			case DomainPackage.DISK__TARGET:
				return getTarget();
			case DomainPackage.DISK__VDEV:
				return getVdev();
			case DomainPackage.DISK__VOLUME:
				return getVolume();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case DomainPackage.DISK__XL_PARAMS:
				getXlParams().clear();
				getXlParams().addAll((Collection<? extends XlParam>)newValue);
				return;
			case DomainPackage.DISK__ACCESS:
				setAccess((DiskAccess)newValue);
				return;
			case DomainPackage.DISK__BACKEND:
				setBackend((String)newValue);
				return;
			case DomainPackage.DISK__BACKENDTYPE:
				setBackendtype((DiskBackendType)newValue);
				return;
			case DomainPackage.DISK__DEVTYPE:
				setDevtype((DiskDeviceType)newValue);
				return;
			case DomainPackage.DISK__FORMAT:
				setFormat((DiskFormat)newValue);
				return;
			case DomainPackage.DISK__SCRIPT:
				setScript((String)newValue);
				return;
			case DomainPackage.DISK__STORAGE_BACKEND:
				setStorageBackend((String)newValue);
				return;
			case DomainPackage.DISK__TARGET:
				setTarget((String)newValue);
				return;
			case DomainPackage.DISK__VDEV:
				setVdev((String)newValue);
				return;
			case DomainPackage.DISK__VOLUME:
				setVolume((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case DomainPackage.DISK__XL_PARAMS:
				getXlParams().clear();
				return;
			case DomainPackage.DISK__ACCESS:
				unsetAccess();
				return;
			case DomainPackage.DISK__BACKEND:
				setBackend(BACKEND_EDEFAULT);
				return;
			case DomainPackage.DISK__BACKENDTYPE:
				unsetBackendtype();
				return;
			case DomainPackage.DISK__DEVTYPE:
				unsetDevtype();
				return;
			case DomainPackage.DISK__FORMAT:
				unsetFormat();
				return;
			case DomainPackage.DISK__SCRIPT:
				setScript(SCRIPT_EDEFAULT);
				return;
			case DomainPackage.DISK__STORAGE_BACKEND:
				setStorageBackend(STORAGE_BACKEND_EDEFAULT);
				return;
			case DomainPackage.DISK__TARGET:
				setTarget(TARGET_EDEFAULT);
				return;
			case DomainPackage.DISK__VDEV:
				setVdev(VDEV_EDEFAULT);
				return;
			case DomainPackage.DISK__VOLUME:
				setVolume(VOLUME_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case DomainPackage.DISK__XL_PARAMS:
				return xlParams != null && !xlParams.isEmpty();
			case DomainPackage.DISK__ACCESS:
				return isSetAccess();
			case DomainPackage.DISK__BACKEND:
				return BACKEND_EDEFAULT == null ? backend != null : !BACKEND_EDEFAULT.equals(backend);
			case DomainPackage.DISK__BACKENDTYPE:
				return isSetBackendtype();
			case DomainPackage.DISK__DEVTYPE:
				return isSetDevtype();
			case DomainPackage.DISK__FORMAT:
				return isSetFormat();
			case DomainPackage.DISK__SCRIPT:
				return SCRIPT_EDEFAULT == null ? script != null : !SCRIPT_EDEFAULT.equals(script);
			case DomainPackage.DISK__STORAGE_BACKEND:
				return STORAGE_BACKEND_EDEFAULT == null ? storageBackend != null : !STORAGE_BACKEND_EDEFAULT.equals(storageBackend);
			case DomainPackage.DISK__TARGET:
				return TARGET_EDEFAULT == null ? target != null : !TARGET_EDEFAULT.equals(target);
			case DomainPackage.DISK__VDEV:
				return VDEV_EDEFAULT == null ? vdev != null : !VDEV_EDEFAULT.equals(vdev);
			case DomainPackage.DISK__VOLUME:
				return VOLUME_EDEFAULT == null ? volume != null : !VOLUME_EDEFAULT.equals(volume);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (access: ");
		if (accessESet) result.append(access); else result.append("<unset>");
		result.append(", backend: ");
		result.append(backend);
		result.append(", backendtype: ");
		if (backendtypeESet) result.append(backendtype); else result.append("<unset>");
		result.append(", devtype: ");
		if (devtypeESet) result.append(devtype); else result.append("<unset>");
		result.append(", format: ");
		if (formatESet) result.append(format); else result.append("<unset>");
		result.append(", script: ");
		result.append(script);
		result.append(", storageBackend: ");
		result.append(storageBackend);
		result.append(", target: ");
		result.append(target);
		result.append(", vdev: ");
		result.append(vdev);
		result.append(", volume: ");
		result.append(volume);
		result.append(')');
		return result.toString();
	}

} //DiskImpl
