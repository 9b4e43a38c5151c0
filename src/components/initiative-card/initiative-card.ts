import { InitiativeCard } from './initiative-card.component.js';

export { InitiativeCard };

if (!customElements.get('initiative-card')) customElements.define('initiative-card', InitiativeCard);

declare global {
  interface HTMLElementTagNameMap {
    'initiative-card': InitiativeCard;
  }
}
