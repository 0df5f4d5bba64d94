/**
 * Generated from model/network.xsd by releng/regenerate-model.sh.
 * Do not edit: change the schema and regenerate.
 */
package org.xenophilia.network.definition.impl;

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

import org.xenophilia.network.definition.Dhcp4;
import org.xenophilia.network.definition.Lease;
import org.xenophilia.network.definition.NetworkPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dhcp4</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.xenophilia.network.definition.impl.Dhcp4Impl#getLeases <em>Leases</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.Dhcp4Impl#getEnd <em>End</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.Dhcp4Impl#getLeaseSeconds <em>Lease Seconds</em>}</li>
 *   <li>{@link org.xenophilia.network.definition.impl.Dhcp4Impl#getStart <em>Start</em>}</li>
 * </ul>
 *
 * @generated
 */
public class Dhcp4Impl extends EObjectImpl implements Dhcp4 {
	/**
	 * The cached value of the '{@link #getLeases() <em>Leases</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeases()
	 * @generated
	 * @ordered
	 */
	protected EList<Lease> leases;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final String END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected String end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getLeaseSeconds() <em>Lease Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseSeconds()
	 * @generated
	 * @ordered
	 */
	protected static final int LEASE_SECONDS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getLeaseSeconds() <em>Lease Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLeaseSeconds()
	 * @generated
	 * @ordered
	 */
	protected int leaseSeconds = LEASE_SECONDS_EDEFAULT;

	/**
	 * This is true if the Lease Seconds attribute has been set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @ordered
	 */
	protected boolean leaseSecondsESet;

	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final String START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected String start = START_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected Dhcp4Impl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return NetworkPackage.Literals.DHCP4;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Lease> getLeases() {
		if (leases == null) {
			leases = new EObjectContainmentEList<Lease>(Lease.class, this, NetworkPackage.DHCP4__LEASES);
		}
		return leases;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(String newEnd) {
		String oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.DHCP4__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getLeaseSeconds() {
		return leaseSeconds;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLeaseSeconds(int newLeaseSeconds) {
		int oldLeaseSeconds = leaseSeconds;
		leaseSeconds = newLeaseSeconds;
		boolean oldLeaseSecondsESet = leaseSecondsESet;
		leaseSecondsESet = true;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.DHCP4__LEASE_SECONDS, oldLeaseSeconds, leaseSeconds, !oldLeaseSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void unsetLeaseSeconds() {
		int oldLeaseSeconds = leaseSeconds;
		boolean oldLeaseSecondsESet = leaseSecondsESet;
		leaseSeconds = LEASE_SECONDS_EDEFAULT;
		leaseSecondsESet = false;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.UNSET, NetworkPackage.DHCP4__LEASE_SECONDS, oldLeaseSeconds, LEASE_SECONDS_EDEFAULT, oldLeaseSecondsESet));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSetLeaseSeconds() {
		return leaseSecondsESet;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(String newStart) {
		String oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, NetworkPackage.DHCP4__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case NetworkPackage.DHCP4__LEASES:
				return ((InternalEList<?>)getLeases()).basicRemove(otherEnd, msgs);
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
			case NetworkPackage.DHCP4__LEASES:
				return getLeases();
			case NetworkPackage.DHCP4__END:
				return getEnd();
			case NetworkPackage.DHCP4__LEASE_SECONDS:
				return getLeaseSeconds();
			case NetworkPackage.DHCP4__START:
				return getStart();
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
			case NetworkPackage.DHCP4__LEASES:
				getLeases().clear();
				getLeases().addAll((Collection<? extends Lease>)newValue);
				return;
			case NetworkPackage.DHCP4__END:
				setEnd((String)newValue);
				return;
			case NetworkPackage.DHCP4__LEASE_SECONDS:
				setLeaseSeconds((Integer)newValue);
				return;
			case NetworkPackage.DHCP4__START:
				setStart((String)newValue);
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
			case NetworkPackage.DHCP4__LEASES:
				getLeases().clear();
				return;
			case NetworkPackage.DHCP4__END:
				setEnd(END_EDEFAULT);
				return;
			case NetworkPackage.DHCP4__LEASE_SECONDS:
				unsetLeaseSeconds();
				return;
			case NetworkPackage.DHCP4__START:
				setStart(START_EDEFAULT);
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
			case NetworkPackage.DHCP4__LEASES:
				return leases != null && !leases.isEmpty();
			case NetworkPackage.DHCP4__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case NetworkPackage.DHCP4__LEASE_SECONDS:
				return isSetLeaseSeconds();
			case NetworkPackage.DHCP4__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
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
		result.append(" (end: ");
		result.append(end);
		result.append(", leaseSeconds: ");
		if (leaseSecondsESet) result.append(leaseSeconds); else result.append("<unset>");
		result.append(", start: ");
		result.append(start);
		result.append(')');
		return result.toString();
	}

} //Dhcp4Impl
