import { RiskMatrix } from './risk-matrix.component.js';

export { RiskMatrix };

if (!customElements.get('risk-matrix')) customElements.define('risk-matrix', RiskMatrix);

declare global {
  interface HTMLElementTagNameMap {
    'risk-matrix': RiskMatrix;
  }
}
